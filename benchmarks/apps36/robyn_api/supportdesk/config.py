"""Application settings, loaded once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: os.getenv("APP_ENV", "dev"))
    database_url: str = field(
        default_factory=lambda: os.getenv("DATABASE_URL", "sqlite:///supportdesk.db")
    )

    openai_api_key: str = field(default_factory=lambda: os.getenv("OPENAI_API_KEY", ""))
    anthropic_api_key: str = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY", ""))
    cohere_api_key: str = field(default_factory=lambda: os.getenv("COHERE_API_KEY", ""))
    voyage_api_key: str = field(default_factory=lambda: os.getenv("VOYAGE_API_KEY", ""))
    deepseek_api_key: str = field(default_factory=lambda: os.getenv("DEEPSEEK_API_KEY", ""))
    deepseek_base_url: str = field(
        default_factory=lambda: os.getenv("DEEPSEEK_BASE_URL", "https://api.deepseek.com")
    )

    triage_model: str = field(default_factory=lambda: os.getenv("TRIAGE_MODEL", "gpt-4o-mini"))
    draft_model: str = field(
        default_factory=lambda: os.getenv("DRAFT_MODEL", "claude-3-5-sonnet-latest")
    )
    cheap_model: str = field(default_factory=lambda: os.getenv("CHEAP_MODEL", "deepseek-chat"))
    embed_model: str = field(default_factory=lambda: os.getenv("EMBED_MODEL", "voyage-3"))
    rerank_model: str = field(default_factory=lambda: os.getenv("RERANK_MODEL", "rerank-v3.5"))

    moderation_enabled: bool = field(default_factory=lambda: _env_bool("MODERATION_ENABLED", True))
    kb_top_k: int = field(default_factory=lambda: int(os.getenv("KB_TOP_K", "8")))
    job_workers: int = field(default_factory=lambda: int(os.getenv("JOB_WORKERS", "4")))

    @property
    def is_prod(self) -> bool:
        return self.env == "prod"

    def missing_keys(self) -> list[str]:
        keys = {
            "OPENAI_API_KEY": self.openai_api_key,
            "ANTHROPIC_API_KEY": self.anthropic_api_key,
            "COHERE_API_KEY": self.cohere_api_key,
            "VOYAGE_API_KEY": self.voyage_api_key,
            "DEEPSEEK_API_KEY": self.deepseek_api_key,
        }
        return [name for name, value in keys.items() if not value]

    def validate(self) -> None:
        missing = self.missing_keys()
        if missing and self.is_prod:
            raise RuntimeError(f"missing provider keys: {', '.join(missing)}")
        if self.kb_top_k < 1 or self.kb_top_k > 50:
            raise ValueError("KB_TOP_K must be between 1 and 50")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
