"""Configuration for the tutor app.

Values come from (in order): the Kivy settings ini, environment variables,
then the defaults below.
"""
import json
import os
from dataclasses import dataclass, field

DEFAULT_CHAT_MODEL = "gpt-4o-mini"
DEFAULT_GRAMMAR_MODEL = "claude-3-5-sonnet-20241022"
DEFAULT_HINT_MODEL = "llama-3.1-8b-instant"
DEFAULT_OFFLINE_MODEL = "llama3.2:3b"
DEFAULT_TRANSCRIBE_MODEL = "whisper-1"
DEFAULT_TTS_MODEL = "tts-1"
DEFAULT_TTS_VOICE = "nova"

OLLAMA_HOST = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
SYNC_BASE_URL = os.environ.get("LINGODESK_SYNC_URL", "https://sync.lingodesk.app/api/v2")

SUPPORTED_LANGUAGES = {
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "ja": "Japanese",
}


@dataclass
class TutorConfig:
    target_language: str = "es"
    native_language: str = "en"
    level: str = "A2"
    chat_model: str = DEFAULT_CHAT_MODEL
    grammar_model: str = DEFAULT_GRAMMAR_MODEL
    hint_model: str = DEFAULT_HINT_MODEL
    offline_model: str = DEFAULT_OFFLINE_MODEL
    tts_voice: str = DEFAULT_TTS_VOICE
    use_elevenlabs: bool = False
    offline_mode: bool = False
    sync_enabled: bool = True
    api_keys: dict = field(default_factory=dict)

    @property
    def language_name(self):
        return SUPPORTED_LANGUAGES.get(self.target_language, self.target_language)

    def key_for(self, provider):
        env_name = f"{provider.upper()}_API_KEY"
        return self.api_keys.get(provider) or os.environ.get(env_name)

    @classmethod
    def from_kivy_config(cls, config):
        """Build from a kivy ``ConfigParser`` (section ``tutor``)."""
        get = lambda key, default: config.getdefault("tutor", key, default)
        return cls(
            target_language=get("target_language", "es"),
            native_language=get("native_language", "en"),
            level=get("level", "A2"),
            chat_model=get("chat_model", DEFAULT_CHAT_MODEL),
            grammar_model=get("grammar_model", DEFAULT_GRAMMAR_MODEL),
            hint_model=get("hint_model", DEFAULT_HINT_MODEL),
            offline_model=get("offline_model", DEFAULT_OFFLINE_MODEL),
            tts_voice=get("tts_voice", DEFAULT_TTS_VOICE),
            use_elevenlabs=get("use_elevenlabs", "0") == "1",
            offline_mode=get("offline_mode", "0") == "1",
            sync_enabled=get("sync_enabled", "1") == "1",
            api_keys={
                "openai": get("openai_key", ""),
                "anthropic": get("anthropic_key", ""),
                "groq": get("groq_key", ""),
                "elevenlabs": get("elevenlabs_key", ""),
            },
        )


# JSON definition for the Kivy settings panel (App.build_settings).
SETTINGS_JSON = json.dumps([
    {"type": "title", "title": "Learning"},
    {"type": "options", "title": "Target language", "section": "tutor", "key": "target_language",
     "options": sorted(SUPPORTED_LANGUAGES)},
    {"type": "options", "title": "Level", "section": "tutor", "key": "level",
     "options": ["A1", "A2", "B1", "B2", "C1"]},
    {"type": "title", "title": "Models"},
    {"type": "string", "title": "Chat model", "section": "tutor", "key": "chat_model"},
    {"type": "string", "title": "Grammar model", "section": "tutor", "key": "grammar_model"},
    {"type": "string", "title": "Hint model (Groq)", "section": "tutor", "key": "hint_model"},
    {"type": "string", "title": "Offline model (Ollama)", "section": "tutor", "key": "offline_model"},
    {"type": "bool", "title": "Offline mode", "section": "tutor", "key": "offline_mode"},
    {"type": "title", "title": "Voice"},
    {"type": "options", "title": "Voice", "section": "tutor", "key": "tts_voice",
     "options": ["alloy", "nova", "shimmer", "echo"]},
    {"type": "bool", "title": "Use ElevenLabs voices", "section": "tutor", "key": "use_elevenlabs"},
    {"type": "title", "title": "Accounts"},
    {"type": "string", "title": "OpenAI key", "section": "tutor", "key": "openai_key"},
    {"type": "string", "title": "Anthropic key", "section": "tutor", "key": "anthropic_key"},
    {"type": "string", "title": "Groq key", "section": "tutor", "key": "groq_key"},
    {"type": "string", "title": "ElevenLabs key", "section": "tutor", "key": "elevenlabs_key"},
    {"type": "bool", "title": "Sync progress", "section": "tutor", "key": "sync_enabled"},
])
