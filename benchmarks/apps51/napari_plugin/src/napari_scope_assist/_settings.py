"""Plugin settings, persisted in the user config dir.

Kept deliberately dumb: a dataclass round-tripped through JSON.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_config_dir

_CONFIG_DIR = Path(user_config_dir("napari-scope-assist"))
_CONFIG_FILE = _CONFIG_DIR / "settings.json"


@dataclass
class ScopeAssistSettings:
    default_provider: str = "openai"
    openai_model: str = "gpt-4o-mini"
    openai_base_url: str | None = None
    gemini_model: str = "gemini-2.0-flash"
    anthropic_model: str = "claude-3-5-sonnet-latest"
    ollama_host: str = "http://127.0.0.1:11434"
    ollama_model: str = "llava:13b"
    cerebras_model: str = "llama3.1-8b"
    max_image_side: int = 1024
    temperature: float = 0.2
    max_tokens: int = 800
    track_usage: bool = True
    extra: dict = field(default_factory=dict)

    def api_key(self, provider: str) -> str | None:
        env = {
            "openai": "OPENAI_API_KEY",
            "gemini": "GEMINI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "cerebras": "CEREBRAS_API_KEY",
        }.get(provider)
        if env is None:
            return None
        return os.environ.get(env) or self.extra.get(f"{provider}_api_key")


_settings: ScopeAssistSettings | None = None


def get_settings() -> ScopeAssistSettings:
    global _settings
    if _settings is None:
        _settings = load_settings()
    return _settings


def load_settings() -> ScopeAssistSettings:
    if _CONFIG_FILE.exists():
        try:
            data = json.loads(_CONFIG_FILE.read_text())
            return ScopeAssistSettings(**data)
        except (TypeError, ValueError):
            pass
    return ScopeAssistSettings()


def save_settings(settings: ScopeAssistSettings) -> None:
    _CONFIG_DIR.mkdir(parents=True, exist_ok=True)
    _CONFIG_FILE.write_text(json.dumps(asdict(settings), indent=2))
    global _settings
    _settings = settings
