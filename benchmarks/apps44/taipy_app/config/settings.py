"""Environment-driven settings (pydantic-settings was overkill here)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    openai_api_key: str = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    openai_org: str = field(default_factory=lambda: _env("OPENAI_ORG_ID"))
    anthropic_api_key: str = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    together_api_key: str = field(default_factory=lambda: _env("TOGETHER_API_KEY"))
    aws_region: str = field(default_factory=lambda: _env("AWS_REGION", "eu-west-1"))
    summary_model: str = field(default_factory=lambda: _env("SUMMARY_MODEL", "gpt-4o-mini"))
    classifier_model: str = field(default_factory=lambda: _env("CLASSIFIER_MODEL", "claude-3-5-haiku-latest"))
    chat_model: str = field(default_factory=lambda: _env("CHAT_MODEL", "gpt-4o"))
    embed_model: str = field(default_factory=lambda: _env("EMBED_MODEL", "text-embedding-3-small"))
    storage_folder: str = field(default_factory=lambda: _env("TAIPY_STORAGE", ".data/"))
    use_tracked_service: bool = field(default_factory=lambda: _env("USE_TRACKED_LLM", "1") == "1")


settings = Settings()
