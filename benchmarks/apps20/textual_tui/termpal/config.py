"""Configuration loading.

Settings come from ``$XDG_CONFIG_HOME/termpal/config.toml`` and are then
overridden by environment variables.  Keep this module free of SDK imports so
that ``termpal --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


CONFIG_DIR = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "termpal"
DATA_DIR = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "termpal"

PROVIDERS = ("openai", "anthropic", "google", "mistral", "groq", "ollama")

DEFAULT_MODELS: dict[str, str] = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-latest",
    "google": "gemini-2.0-flash",
    "mistral": "mistral-small-latest",
    "groq": "llama-3.3-70b-versatile",
    "ollama": "llama3.2",
}

# USD per million tokens (input, output). Updated by hand, see scripts/bench_models.py
PRICING: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "llama3.2": (0.0, 0.0),
}


@dataclass
class Settings:
    provider: str = "openai"
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    system_prompt: str = "You are a concise assistant living in a terminal."
    temperature: float = 0.4
    max_tokens: int = 1024
    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    google_api_key: str | None = None
    mistral_api_key: str | None = None
    groq_api_key: str | None = None
    ollama_host: str = "http://127.0.0.1:11434"
    # legacy: some users still route groq through the openai SDK
    groq_openai_compat: bool = False
    suggestions: bool = True
    moderation: bool = False
    theme: str = "textual-dark"
    history_db: Path = DATA_DIR / "history.sqlite3"

    @property
    def model(self) -> str:
        return self.models.get(self.provider, DEFAULT_MODELS[self.provider])

    def model_for(self, provider: str) -> str:
        return self.models.get(provider, DEFAULT_MODELS[provider])

    def has_key(self, provider: str) -> bool:
        if provider == "ollama":
            return True
        return bool(getattr(self, f"{provider}_api_key", None))


_ENV_KEYS = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "google_api_key": "GEMINI_API_KEY",
    "mistral_api_key": "MISTRAL_API_KEY",
    "groq_api_key": "GROQ_API_KEY",
    "ollama_host": "OLLAMA_HOST",
}


def load_settings(path: Path | None = None) -> Settings:
    path = path or CONFIG_DIR / "config.toml"
    raw: dict = {}
    if path.exists():
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    settings = Settings()
    for key, value in raw.get("termpal", raw).items():
        if key == "models" and isinstance(value, dict):
            settings.models.update(value)
        elif hasattr(settings, key):
            setattr(settings, key, value)
    for attr, env in _ENV_KEYS.items():
        if os.environ.get(env):
            setattr(settings, attr, os.environ[env])
    if os.environ.get("TERMPAL_PROVIDER"):
        settings.provider = os.environ["TERMPAL_PROVIDER"]
    if settings.provider not in PROVIDERS:
        raise ValueError(f"unknown provider {settings.provider!r}")
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the non-secret part of the settings back to disk."""
    path = path or CONFIG_DIR / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["[termpal]"]
    lines.append(f'provider = "{settings.provider}"')
    lines.append(f"temperature = {settings.temperature}")
    lines.append(f"max_tokens = {settings.max_tokens}")
    lines.append(f"suggestions = {str(settings.suggestions).lower()}")
    lines.append(f"moderation = {str(settings.moderation).lower()}")
    lines.append(f'theme = "{settings.theme}"')
    lines.append("")
    lines.append("[termpal.models]")
    for provider, model in settings.models.items():
        lines.append(f'{provider} = "{model}"')
    path.write_text("\n".join(lines) + "\n")
