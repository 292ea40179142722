"""User settings stored as JSON in the platform config directory."""
from __future__ import annotations

import json
import logging
import os
import sys
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

APP_NAME = "NotesAssistant"


def config_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    path = base / APP_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class ProviderKeys:
    openai: str = ""
    anthropic: str = ""
    cohere: str = ""
    mistral: str = ""
    openrouter: str = ""


@dataclass
class Settings:
    keys: ProviderKeys = field(default_factory=ProviderKeys)
    chat_provider: str = "openai"
    chat_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-haiku-latest"
    embed_provider: str = "cohere"
    embed_model: str = "embed-english-v3.0"
    rerank_model: str = "rerank-english-v3.0"
    tag_model: str = "mistral-small-latest"
    openrouter_model: str = "meta-llama/llama-3.1-70b-instruct"
    max_context_notes: int = 6
    theme: str = "system"
    notes_dir: str = ""
    telemetry: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Settings":
        keys = ProviderKeys(**data.pop("keys", {}))
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        unknown = {k: v for k, v in data.items() if k not in cls.__dataclass_fields__}
        s = cls(keys=keys, **known)
        s.extra.update(unknown)
        return s


_lock = threading.RLock()
_cached: Settings | None = None


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(force: bool = False) -> Settings:
    global _cached
    with _lock:
        if _cached is not None and not force:
            return _cached
        path = settings_path()
        if path.exists():
            try:
                _cached = Settings.from_dict(json.loads(path.read_text("utf-8")))
            except (json.JSONDecodeError, TypeError) as exc:
                log.warning("settings file unreadable (%s), using defaults", exc)
                _cached = Settings()
        else:
            _cached = Settings()
        # env vars win over the file, handy for dev
        for name in ("openai", "anthropic", "cohere", "mistral", "openrouter"):
            env = os.environ.get(f"{name.upper()}_API_KEY")
            if env:
                setattr(_cached.keys, name, env)
        return _cached


def save_settings(settings: Settings) -> None:
    global _cached
    with _lock:
        tmp = settings_path().with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(settings), indent=2), "utf-8")
        tmp.replace(settings_path())
        _cached = settings


def update_settings(**changes: Any) -> Settings:
    s = load_settings()
    for key, value in changes.items():
        if key.startswith("keys."):
            setattr(s.keys, key.split(".", 1)[1], value)
        elif hasattr(s, key):
            setattr(s, key, value)
        else:
            s.extra[key] = value
    save_settings(s)
    return s


def asdict_safe(settings: Settings) -> dict[str, Any]:
    """Settings for the UI: API keys are masked."""
    data = asdict(settings)
    data["keys"] = {k: (v[:4] + "…" + v[-4:] if len(v) > 12 else ("set" if v else "")) for k, v in data["keys"].items()}
    return data


LEGACY_FILE = "notes_assistant.ini"


def migrate_legacy_settings() -> bool:
    """0.x stored settings in an ini file next to the notes. Import it once."""
    import configparser

    legacy = Path.home() / LEGACY_FILE
    if not legacy.exists() or settings_path().exists():
        return False
    cp = configparser.ConfigParser()
    cp.read(legacy)
    s = Settings()
    if cp.has_section("keys"):
        for name in ("openai", "anthropic", "cohere", "mistral"):
            s.keys.__setattr__(name, cp.get("keys", name, fallback=""))
    if cp.has_section("ui"):
        s.theme = cp.get("ui", "theme", fallback="system")
    s.notes_dir = cp.get("general", "notes_dir", fallback="") if cp.has_section("general") else ""
    save_settings(s)
    legacy.rename(legacy.with_suffix(".ini.bak"))
    log.info("migrated legacy settings from %s", legacy)
    return True
