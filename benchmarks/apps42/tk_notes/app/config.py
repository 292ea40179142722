"""Settings persisted as JSON in the user's config directory."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

CONFIG_DIR = Path(os.environ.get("TK_NOTES_HOME", Path.home() / ".tk_notes"))
SETTINGS_PATH = CONFIG_DIR / "settings.json"

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-latest",
    "mistral": "mistral-small-latest",
    "ollama": "llama3.1:8b",
    "gemini": "gemini-1.5-flash",
}


@dataclass
class Settings:
    provider: str = "openai"
    models: dict = field(default_factory=lambda: dict(DEFAULT_MODELS))
    api_keys: dict = field(default_factory=dict)
    ollama_host: str = "http://127.0.0.1:11434"
    temperature: float = 0.4
    max_tokens: int = 1024
    request_timeout: float = 60.0
    stream_responses: bool = True
    theme: str = "clam"
    font_size: int = 12
    notes_dir: str = str(CONFIG_DIR / "notes")
    embed_on_save: bool = False

    def model_for(self, provider: str | None = None) -> str:
        provider = provider or self.provider
        return self.models.get(provider) or DEFAULT_MODELS[provider]

    def api_key(self, provider: str) -> str | None:
        env_name = {
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "mistral": "MISTRAL_API_KEY",
            "gemini": "GOOGLE_API_KEY",
        }.get(provider)
        return self.api_keys.get(provider) or (os.environ.get(env_name) if env_name else None)


_settings: Settings | None = None


def load_settings(path: Path = SETTINGS_PATH) -> Settings:
    global _settings
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            log.warning("settings file %s is corrupt, using defaults", path)
            raw = {}
    else:
        raw = {}
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    _settings = Settings(**known)
    # older versions stored a single "model" key
    if "model" in raw and "models" not in raw:
        _settings.models[_settings.provider] = raw["model"]
    return _settings


def save_settings(settings: Settings, path: Path = SETTINGS_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)


def get_settings() -> Settings:
    if _settings is None:
        return load_settings()
    return _settings
