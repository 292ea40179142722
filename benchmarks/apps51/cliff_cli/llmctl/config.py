"""Configuration loading for llmctl.

Settings come from (in order of precedence): CLI flags, environment
variables, then ``~/.config/llmctl/config.yaml``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONFIG_PATH = Path(os.path.expanduser("~/.config/llmctl/config.yaml"))

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-20241022",
    "groq": "llama-3.1-70b-versatile",
    "deepseek": "deepseek-chat",
    "perplexity": "llama-3.1-sonar-small-128k-online",
}

EMBEDDING_MODEL = "text-embedding-3-small"
DEEPSEEK_BASE_URL = "https://api.deepseek.com"
PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


@dataclass
class Settings:
    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    groq_api_key: str | None = None
    deepseek_api_key: str | None = None
    perplexity_api_key: str | None = None
    default_provider: str = "openai"
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    request_timeout: float = 60.0
    max_retries: int = 3
    experiments_db: str = os.path.expanduser("~/.local/share/llmctl/experiments.sqlite")
    tracking_enabled: bool = True

    def model_for(self, provider: str) -> str:
        return self.models.get(provider, DEFAULT_MODELS[provider])


def _read_yaml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    with path.open() as fh:
        return yaml.safe_load(fh) or {}


def load_settings(path: str | None = None) -> Settings:
    raw = _read_yaml(Path(path) if path else DEFAULT_CONFIG_PATH)
    settings = Settings(
        openai_api_key=os.environ.get("OPENAI_API_KEY", raw.get("openai_api_key")),
        anthropic_api_key=os.environ.get("ANTHROPIC_API_KEY", raw.get("anthropic_api_key")),
        groq_api_key=os.environ.get("GROQ_API_KEY", raw.get("groq_api_key")),
        deepseek_api_key=os.environ.get("DEEPSEEK_API_KEY", raw.get("deepseek_api_key")),
        perplexity_api_key=os.environ.get("PPLX_API_KEY", raw.get("perplexity_api_key")),
        default_provider=raw.get("default_provider", "openai"),
        request_timeout=float(raw.get("request_timeout", 60.0)),
        max_retries=int(raw.get("max_retries", 3)),
        tracking_enabled=bool(raw.get("tracking_enabled", True)),
    )
    settings.models.update(raw.get("models", {}))
    if raw.get("experiments_db"):
        settings.experiments_db = os.path.expanduser(raw["experiments_db"])
    return settings
