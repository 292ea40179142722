"""Lingo Desk entry point."""
import logging
import os

from kivy.app import App
from kivy.clock import Clock
from kivy.core.window import Window
from kivy.lang import Builder
from kivy.properties import BooleanProperty, StringProperty
from kivy.uix.screenmanager import FadeTransition, ScreenManager

from tutor.config import SETTINGS_JSON, TutorConfig
from tutor.services import (
    get_anthropic_client,
    get_openai_client,
    make_groq_client,
    reset_clients,
)
from tutor.services.conversation import ConversationService
from tutor.services.grammar import GrammarChecker
from tutor.services.hints import HintService
from tutor.services.multi_model_service import multi_model_service
from tutor.services.offline import OfflineSession, OfflineTutor, ollama_available
from tutor.services.speech import SpeechService
from tutor.services.sync import SyncService
from tutor.services.vocabulary import VocabularyIndex
from tutor.screens.ask_screen import AskScreen
from tutor.screens.chat_screen import ChatScreen
from tutor.screens.flashcards_screen import FlashcardsScreen
from tutor.screens.grammar_screen import GrammarScreen
from tutor.screens.home_screen import HomeScreen
from tutor.screens.lesson_screen import LessonScreen
from tutor.screens.pronunciation_screen import PronunciationScreen
from tutor.screens.story_screen import StoryScreen
from tutor.utils import background

log = logging.getLogger("lingodesk")

KV_DIR = os.path.join(os.path.dirname(__file__), "tutor", "kv")


class TutorApp(App):
    title = "Lingo Desk"
    offline = BooleanProperty(False)
    status_text = StringProperty("")

    def build_config(self, config):
        config.setdefaults("tutor", {
            "target_language": "es",
            "native_language": "en",
            "level": "A2",
            "chat_model": "gpt-4o-mini",
            "grammar_model": "claude-3-5-sonnet-20241022",
            "hint_model": "llama-3.1-8b-instant",
            "offline_model": "llama3.2:3b",
            "tts_voice": "nova",
            "use_elevenlabs": "0",
            "offline_mode": "0",
            "sync_enabled": "1",
            "openai_key": "",
            "anthropic_key": "",
            "groq_key": "",
            "elevenlabs_key": "",
        })

    def build_settings(self, settings):
        settings.add_json_panel("Tutor", self.config, data=SETTINGS_JSON)

    def build(self):
        for name in sorted(os.listdir(KV_DIR)):
            if name.endswith(".kv"):
                Builder.load_file(os.path.join(KV_DIR, name))

        self.tutor_config = TutorConfig.from_kivy_config(self.config)
        self._make_services()

        self.sm = ScreenManager(transition=FadeTransition(duration=0.15))
        for screen_cls, name in (
            (HomeScreen, "home"),
            (ChatScreen, "chat"),
            (GrammarScreen, "grammar"),
            (PronunciationScreen, "pronunciation"),
            (FlashcardsScreen, "flashcards"),
            (LessonScreen, "lesson"),
            (StoryScreen, "story"),
            (AskScreen, "ask"),
        ):
            self.sm.add_widget(screen_cls(name=name))
        Window.bind(on_keyboard=self._on_keyboard)
        return self.sm

    def _make_services(self):
        cfg = self.tutor_config
        self.openai_client = get_openai_client(cfg.key_for("openai"))
        self.anthropic_client = get_anthropic_client(cfg.key_for("anthropic"))
        self.groq_client = make_groq_client(cfg.key_for("groq"))

        self.conversation = ConversationService(self.openai_client, cfg)
        self.grammar = GrammarChecker(self.anthropic_client, cfg)
        self.hints = HintService(self.groq_client, cfg)
        self.speech = SpeechService(cfg)
        self.vocab = VocabularyIndex(self.openai_client)
        self.offline_tutor = OfflineTutor(cfg)
        self.offline_session = OfflineSession(self.offline_tutor)
        self.sync = SyncService(token_provider=lambda: self.config.getdefault("tutor", "sync_token", ""))
        multi_model_service.offline = cfg.offline_mode
        self.offline = cfg.offline_mode

    def on_start(self):
        Clock.schedule_once(self._check_offline, 0.5)
        if self.tutor_config.sync_enabled:
            self.sync.start()

    def _check_offline(self, _dt):
        def probe():
            return ollama_available()

        def done(ok):
            if self.offline and not ok:
                self.status_text = "Offline mode needs Ollama running on this machine."

        background.run_in_background(probe, on_done=done)

    def on_config_change(self, config, section, key, value):
        if section != "tutor":
            return
        self.tutor_config = TutorConfig.from_kivy_config(config)
        if key.endswith("_key") or key.endswith("_model") or key == "offline_mode":
            reset_clients()
            self._make_services()

    def on_stop(self):
        self.sync.stop()
        background.shutdown()

    def _on_keyboard(self, _window, key, *_args):
        if key == 27 and self.sm.current != "home":  # back / escape
            self.sm.current = "home"
            return True
        return False


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    TutorApp().run()
