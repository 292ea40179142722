"""Settings persisted as JSON under ~/Library/Application Support."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SUPPORT_DIR = Path.home() / "Library" / "Application Support" / "AI Menubar"
SETTINGS_PATH = SUPPORT_DIR / "settings.json"

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "deepseek": "deepseek-chat",
    "ollama": "llama3.1:8b",
    "cohere": "command-r-plus-08-2024",
}


@dataclass
class Settings:
    provider: str = "openai"
    models: dict = field(default_factory=lambda: dict(DEFAULT_MODELS))
    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    deepseek_api_key: str | None = None
    cohere_api_key: str | None = None
    ollama_host: str = "http://127.0.0.1:11434"
    target_language: str = "English"
    tone: str = "friendly"
    poll_clipboard: bool = False
    calendar_brief_hour: int = 8
    max_history: int = 200
    debug: bool = False
    use_tracked_service: bool = True

    def model_for(self, provider: str | None = None) -> str:
        provider = provider or self.provider
        return self.models.get(provider) or DEFAULT_MODELS[provider]

    def key_for(self, provider: str) -> str | None:
        env = {
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "deepseek": "DEEPSEEK_API_KEY",
            "cohere": "CO_API_KEY",
        }.get(provider)
        explicit = getattr(self, f"{provider}_api_key", None)
        return explicit or (os.environ.get(env) if env else None)


def load_settings(path: Path = SETTINGS_PATH) -> Settings:
    if not path.exists():
        log.info("no settings at %s, using defaults", path)
        return Settings()
    try:
        raw = json.loads(path.read_text())
    except json.JSONDecodeError:
        log.exception("settings file is corrupt, falling back to defaults")
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    settings = Settings(**known)
    # older versions stored a single "model" string
    if "model" in raw and "models" not in raw:
        settings.models[settings.provider] = raw["model"]
    return settings


def save_settings(settings: Settings, path: Path = SETTINGS_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    data = asdict(settings)
    # never write keys that came from the environment
    for provider in ("openai", "anthropic", "deepseek", "cohere"):
        if data.get(f"{provider}_api_key") == os.environ.get(provider.upper() + "_API_KEY"):
            data[f"{provider}_api_key"] = None
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True))
    tmp.replace(path)
