"""Settings persisted in the user's config dir.

Keys are read from the environment first, then from settings.json. We never
write API keys to disk unless the user ticks "remember keys".
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_config_dir

log = logging.getLogger(__name__)

CONFIG_DIR = Path(user_config_dir("minutes_mate", "northwindlabs"))
SETTINGS_FILE = CONFIG_DIR / "settings.json"


@dataclass
class Settings:
    openai_api_key: str = ""
    anthropic_api_key: str = ""
    groq_api_key: str = ""
    mistral_api_key: str = ""
    ollama_host: str = "http://127.0.0.1:11434"
    default_provider: str = "anthropic"
    summary_model: str = "claude-3-5-sonnet-20241022"
    followup_model: str = "mistral-large-latest"
    transcription_backend: str = "openai"  # or "groq"
    openai_chat_model: str = "gpt-4o-mini"
    groq_chat_model: str = "llama-3.1-70b-versatile"
    ollama_model: str = "llama3.1:8b"
    remember_keys: bool = False
    language: str = "en"
    recent_files: list[str] = field(default_factory=list)

    def key_for(self, provider: str) -> str:
        env = {
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "groq": "GROQ_API_KEY",
            "mistral": "MISTRAL_API_KEY",
        }.get(provider)
        if env and os.environ.get(env):
            return os.environ[env]
        return getattr(self, f"{provider}_api_key", "")


def load_settings() -> Settings:
    if not SETTINGS_FILE.exists():
        return Settings()
    try:
        raw = json.loads(SETTINGS_FILE.read_text())
    except (OSError, ValueError):
        log.exception("settings file unreadable, using defaults")
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    return Settings(**known)


def save_settings(settings: Settings) -> None:
    CONFIG_DIR.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    if not settings.remember_keys:
        for k in list(data):
            if k.endswith("_api_key"):
                data[k] = ""
    SETTINGS_FILE.write_text(json.dumps(data, indent=2))
