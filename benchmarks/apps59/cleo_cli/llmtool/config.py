"""Settings loading for docsbot.

Settings come from (lowest to highest precedence): built-in defaults,
``~/.config/docsbot/config.yaml``, ``./.docsbot.yaml`` and environment variables.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONFIG_PATHS = (
    Path.home() / ".config" / "docsbot" / "config.yaml",
    Path.cwd() / ".docsbot.yaml",
)


@dataclass
class ModelDefaults:
    draft: str = "gpt-4o"
    review: str = "claude-3-5-sonnet-20240620"
    translate: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    summarize: str = "command-r-plus"
    embed: str = "text-embedding-3-small"
    rerank: str = "rerank-english-v3.0"
    fallback: str = "gpt-4o-mini"


@dataclass
class Settings:
    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    cohere_api_key: str | None = None
    together_api_key: str | None = None
    azure_endpoint: str | None = None
    azure_api_version: str = "2024-06-01"
    use_azure: bool = False
    timeout: float = 60.0
    max_retries: int = 2
    docs_root: Path = Path("docs")
    cache_dir: Path = Path(".docsbot-cache")
    models: ModelDefaults = field(default_factory=ModelDefaults)
    glossary_path: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, paths: tuple[Path, ...] = DEFAULT_CONFIG_PATHS) -> "Settings":
        data: dict[str, Any] = {}
        for path in paths:
            if path.exists():
                with path.open() as fh:
                    data.update(yaml.safe_load(fh) or {})
        models = ModelDefaults(**data.pop("models", {}))
        settings = cls(models=models)
        for key, value in data.items():
            if hasattr(settings, key):
                setattr(settings, key, value)
            else:
                settings.extra[key] = value
        settings._apply_env()
        return settings

    def _apply_env(self) -> None:
        self.openai_api_key = os.environ.get("OPENAI_API_KEY", self.openai_api_key)
        self.anthropic_api_key = os.environ.get("ANTHROPIC_API_KEY", self.anthropic_api_key)
        self.cohere_api_key = os.environ.get("CO_API_KEY", self.cohere_api_key)
        self.together_api_key = os.environ.get("TOGETHER_API_KEY", self.together_api_key)
        self.azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT", self.azure_endpoint)
        if os.environ.get("DOCSBOT_USE_AZURE") == "1":
            self.use_azure = True
        if "DOCSBOT_DOCS_ROOT" in os.environ:
            self.docs_root = Path(os.environ["DOCSBOT_DOCS_ROOT"])
        self.cache_dir = Path(self.cache_dir)
        self.docs_root = Path(self.docs_root)


_settings: Settings | None = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings.load()
    return _settings


def reset_settings() -> None:
    """Used by tests and by `docsbot --config` reloads."""
    global _settings
    _settings = None
