"""Settings, read once from the environment.

We used pydantic-settings for a while; it was dropped to keep the deploy image small.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


@dataclass(frozen=True)
class ModelChoices:
    draft: str = "gpt-4.1"
    quick: str = "gpt-4o-mini"
    review: str = "claude-sonnet-4-20250514"
    review_fast: str = "claude-3-5-haiku-latest"
    gemini: str = "gemini-2.5-flash"
    gemini_pro: str = "gemini-2.5-pro"
    grok: str = "grok-3"
    grok_image: str = "grok-2-image"
    research: str = "sonar-pro"
    cerebras: str = "llama-3.3-70b"
    embed: str = "text-embedding-3-small"
    gemini_embed: str = "text-embedding-004"
    cover_image: str = "black-forest-labs/flux-schnell"


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    google_api_key: str | None = field(default_factory=lambda: _env("GOOGLE_API_KEY"))
    xai_api_key: str | None = field(default_factory=lambda: _env("XAI_API_KEY"))
    perplexity_api_key: str | None = field(default_factory=lambda: _env("PERPLEXITY_API_KEY"))
    replicate_api_token: str | None = field(default_factory=lambda: _env("REPLICATE_API_TOKEN"))
    cerebras_api_key: str | None = field(default_factory=lambda: _env("CEREBRAS_API_KEY"))
    perplexity_base_url: str = field(
        default_factory=lambda: _env("PERPLEXITY_BASE_URL", "https://api.perplexity.ai")
    )
    db_path: str = field(default_factory=lambda: _env("PROPOSALS_DB", "data/proposals.db"))
    session_secret: str = field(default_factory=lambda: _env("SESSION_SECRET", "dev-only-secret"))
    request_timeout: float = float(os.environ.get("LLM_TIMEOUT", "60"))
    max_draft_workers: int = int(os.environ.get("MAX_DRAFT_WORKERS", "3"))
    debug: bool = os.environ.get("APP_DEBUG", "0") == "1"
    models: ModelChoices = field(default_factory=ModelChoices)


settings = Settings()
