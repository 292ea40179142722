"""User settings, stored as TOML in the platform's user config dir."""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs
import tomli_w

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

log = logging.getLogger(__name__)

APP_NAME = "tray-assistant"
APP_AUTHOR = "traytools"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def config_path() -> Path:
    return config_dir() / "settings.toml"


@dataclass
class Keys:
    openai: str = ""
    anthropic: str = ""
    google: str = ""
    xai: str = ""
    huggingface: str = ""


@dataclass
class Models:
    chat: str = "gpt-4o-mini"
    vision: str = "gpt-4o"
    transcription: str = "whisper-1"
    claude: str = "claude-3-5-sonnet-latest"
    gemini: str = "gemini-2.0-flash"
    grok: str = "grok-3-mini"
    hf_chat: str = "meta-llama/Llama-3.1-8B-Instruct"
    hf_summarization: str = "facebook/bart-large-cnn"
    hf_asr: str = "openai/whisper-large-v3"


@dataclass
class Settings:
    default_backend: str = "openai"
    target_language: str = "English"
    hotkey_ask: str = "<ctrl>+<alt>+a"
    hotkey_clipboard: str = "<ctrl>+<alt>+s"
    hotkey_screenshot: str = "<ctrl>+<alt>+e"
    worker_threads: int = 2
    max_clipboard_chars: int = 24_000
    use_tracked_service: bool = False
    keys: Keys = field(default_factory=Keys)
    models: Models = field(default_factory=Models)

    def key_for(self, provider: str) -> str:
        env_names = {
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "google": "GEMINI_API_KEY",
            "xai": "XAI_API_KEY",
            "huggingface": "HF_TOKEN",
        }
        value = getattr(self.keys, provider, "") or os.environ.get(env_names[provider], "")
        return value


_cached: Settings | None = None


def _from_dict(raw: dict) -> Settings:
    keys = Keys(**raw.pop("keys", {}))
    models = Models(**raw.pop("models", {}))
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    return Settings(keys=keys, models=models, **known)


def load(force: bool = False) -> Settings:
    global _cached
    if _cached is not None and not force:
        return _cached
    path = config_path()
    if not path.exists():
        log.info("no settings at %s, using defaults", path)
        _cached = Settings()
        return _cached
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    try:
        _cached = _from_dict(raw)
    except TypeError:
        log.exception("settings file is malformed, falling back to defaults")
        _cached = Settings()
    return _cached


def save(settings: Settings) -> None:
    global _cached
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    # never write keys that came from the environment
    data["keys"] = {k: v for k, v in data["keys"].items() if v}
    with path.open("wb") as fh:
        tomli_w.dump(data, fh)
    _cached = settings
