"""Settings loaded from the environment and ~/.querysh.toml."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_PATH = Path(os.environ.get("QUERYSH_CONFIG", "~/.querysh.toml")).expanduser()


@dataclass
class Settings:
    backend: str = "openai"
    openai_model: str = "gpt-4o-mini"
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    gemini_model: str = "gemini-1.5-flash"
    cohere_model: str = "command-r-plus"
    perplexity_model: str = "llama-3.1-sonar-large-128k-online"
    embed_model: str = "text-embedding-3-small"
    temperature: float = 0.2
    max_tokens: int = 1024
    max_preview_rows: int = 50
    history_file: str = "~/.querysh_history"
    autosummary: bool = False
    moderate_prompts: bool = True
    api_keys: dict[str, str] = field(default_factory=dict)

    def key_for(self, provider: str) -> str | None:
        env_names = {
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "gemini": "GEMINI_API_KEY",
            "cohere": "CO_API_KEY",
            "perplexity": "PERPLEXITY_API_KEY",
        }
        return self.api_keys.get(provider) or os.environ.get(env_names.get(provider, ""), None)


def load_settings(path: Path = CONFIG_PATH) -> Settings:
    settings = Settings()
    if path.exists():
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
        for key, value in raw.get("querysh", {}).items():
            if hasattr(settings, key):
                setattr(settings, key, value)
        settings.api_keys.update(raw.get("keys", {}))
    if os.environ.get("QUERYSH_BACKEND"):
        settings.backend = os.environ["QUERYSH_BACKEND"]
    return settings
