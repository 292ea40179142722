import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import pykka
from mopidy import core

from . import Extension
from .dj import Commentator, HistorySummariser, MoodPlaylistBuilder, SongQA
from .llm import ProviderRegistry, make_openai_client
from .llm.tts import Speaker
from .services.llm_usage_tracker import llm_tracker
from .services.multi_model_service import multi_model_service
from .store import HistoryStore

logger = logging.getLogger(__name__)


class AIDJFrontend(pykka.ThreadingActor, core.CoreListener):
    def __init__(self, config, core):
        super().__init__()
        self.config = config
        self.ext_config = config["aidj"]
        self.core = core
        self.registry = None
        self.commentator = None
        self.speaker = None
        self.playlists = None
        self.qa = None
        self.summariser = None
        self._prev_track = None
        self._count = 0
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="aidj")
        self._lock = threading.Lock()
        self.last_commentary = None

    def on_start(self):
        data_dir = Extension.get_data_dir(self.config)
        self.store = HistoryStore(self.ext_config.get("history_db") or data_dir / "history.sqlite3")
        llm_tracker.configure(data_dir / "usage.sqlite3")
        multi_model_service.configure(self.ext_config)

        self.registry = ProviderRegistry.from_config(self.ext_config)
        provider = self.ext_config["commentary_provider"]
        if provider not in self.registry:
            logger.warning("AIDJ: commentary provider %s has no api key", provider)
        self.commentator = Commentator(
            self.registry,
            provider=provider,
            model=self.ext_config.get("commentary_model") if provider == "anthropic" else None,
        )
        if self.ext_config.get("tts_enabled"):
            self.speaker = Speaker(self.ext_config, out_dir=data_dir)

        self.playlists = MoodPlaylistBuilder(
            self.core,
            make_openai_client(self.ext_config),
            self.registry.clients.get("cohere"),
            model=self.ext_config["openai_model"],
            rerank_model=self.ext_config["rerank_model"],
            limit=self.ext_config["max_playlist_length"],
        )
        if "xai" in self.registry:
            self.qa = SongQA(
                self.registry.get("xai"),
                self.registry.clients.get("cohere"),
                xai_model=self.ext_config["xai_model"],
                cohere_model=self.ext_config["cohere_model"],
            )
        self.summariser = HistorySummariser(self.store, self.ext_config)
        logger.info("AIDJ started with providers: %s", ", ".join(self.registry.available()))

    def on_stop(self):
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- CoreListener -----------------------------------------------------

    def track_playback_started(self, tl_track):
        track = tl_track.track
        self.store.create(track)
        with self._lock:
            prev, self._prev_track = self._prev_track, track
            self._count += 1
            due = self._count % self.ext_config["commentary_every"] == 0
        if due and prev is not None:
            self._pool.submit(self._commentate, prev, track)

    def track_playback_ended(self, tl_track, time_position):
        if time_position < 10_000:
            logger.debug("AIDJ: %s skipped early", tl_track.track.uri)

    def playback_state_changed(self, old_state, new_state):
        if new_state == core.PlaybackState.STOPPED:
            with self._lock:
                self._prev_track = None

    def stream_title_changed(self, title):
        logger.debug("AIDJ: stream title %s", title)

    # -- helpers ------------------------------------------------------------

    def _commentate(self, prev, track):
        try:
            text = self.commentator.segue(prev, track)
        except Exception:
            logger.exception("AIDJ: commentary failed")
            return
        self.last_commentary = text
        logger.info("AIDJ: %s", text)
        if self.speaker and self.speaker.enabled:
            uri = self.speaker.render(text, f"segue-{self._count}")
            position = self.core.tracklist.index().get()
            self.core.tracklist.add(uris=[uri], at_position=(position or 0) + 1).get()

    def current_track(self):
        return self.core.playback.get_current_track().get()

    def ask(self, question):
        if self.qa is None:
            return "No Q&A provider configured."
        track = self.current_track()
        return self.qa.ask(track, question)

    def build_mood_playlist(self, mood, replace=False):
        tracks = self.playlists.build(mood)
        return self.playlists.enqueue(tracks, replace=replace)

    def weekly_summary(self):
        return self.summariser.weekly()
