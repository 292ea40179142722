"""``aidj:`` URI scheme: virtual mood playlists in the Mopidy library.

Browsing ``aidj:moods`` lists one directory per mood; each directory holds
the library tracks the mood tagger put in it.
"""

import logging

import cohere
import pykka
from mopidy import backend
from mopidy.models import Playlist, Ref

from .llm import prompts
from .store import HistoryStore
from . import Extension

logger = logging.getLogger(__name__)

ROOT = Ref.directory(uri="aidj:root", name="AI DJ")


class AIDJLibraryProvider(backend.LibraryProvider):
    root_directory = ROOT

    def __init__(self, backend, store):
        super().__init__(backend)
        self.store = store

    def browse(self, uri):
        if uri == ROOT.uri:
            return [
                Ref.directory(uri=f"aidj:mood:{m}", name=m.title()) for m in prompts.MOODS
            ]
        if uri.startswith("aidj:mood:"):
            mood = uri.rsplit(":", 1)[-1]
            return [Ref.track(uri=u, name=u) for u in self.store.uris_for_mood(mood)]
        return []

    def lookup(self, uri):
        # Tracks live in other backends; the core resolves them itself.
        return []

    def search(self, query=None, uris=None, exact=False):
        # Semantic search over the mood directories: "something dreamy for
        # a rainy afternoon" -> best matching mood names.
        text = " ".join(v for values in (query or {}).values() for v in values)
        if not text or self.backend.cohere is None:
            return None
        resp = self.backend.cohere.rerank(
            model=self.backend.rerank_model,
            query=text,
            documents=[f"{m} music" for m in prompts.MOODS],
            top_n=2,
        )
        moods = [prompts.MOODS[r.index] for r in resp.results]
        logger.debug("AIDJ: search %r -> %s", text, moods)
        return None


class AIDJPlaylistsProvider(backend.PlaylistsProvider):
    def __init__(self, backend):
        super().__init__(backend)
        self._playlists = {}

    def as_list(self):
        return [Ref.playlist(uri=p.uri, name=p.name) for p in self._playlists.values()]

    def get_items(self, uri):
        pl = self._playlists.get(uri)
        return [Ref.track(uri=t.uri, name=t.name) for t in pl.tracks] if pl else None

    def lookup(self, uri):
        return self._playlists.get(uri)

    def create(self, name):
        uri = f"aidj:playlist:{name.lower().replace(' ', '-')}"
        playlist = Playlist(uri=uri, name=name)
        self._playlists[uri] = playlist
        return playlist

    def delete(self, uri):
        return self._playlists.pop(uri, None) is not None

    def refresh(self):
        pass

    def save(self, playlist):
        self._playlists[playlist.uri] = playlist
        return playlist


class AIDJBackend(pykka.ThreadingActor, backend.Backend):
    uri_schemes = ["aidj"]

    def __init__(self, config, audio):
        super().__init__()
        ext_config = config["aidj"]
        data_dir = Extension.get_data_dir(config)
        self.store = HistoryStore(ext_config.get("history_db") or data_dir / "history.sqlite3")
        # TODO(jonas): move to llm.factory like everything else
        key = ext_config.get("cohere_api_key")
        self.cohere = cohere.ClientV2(api_key=key) if key else None
        self.rerank_model = ext_config["rerank_model"]
        self.library = AIDJLibraryProvider(self, self.store)
        self.playlists = AIDJPlaylistsProvider(self)
