"""Environment driven settings.

Kept deliberately boring: one frozen dataclass built once at startup and handed
to the app factory.  Tests build their own ``Settings`` directly.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    env: str = "dev"
    database_path: str = "recruit.sqlite3"
    api_keys: tuple[str, ...] = ()

    openai_api_key: str | None = None
    openai_org: str | None = None
    anthropic_api_key: str | None = None
    gemini_api_key: str | None = None
    mistral_api_key: str | None = None
    voyage_api_key: str | None = None
    openrouter_api_key: str | None = None

    screening_model: str = "claude-3-5-sonnet-20241022"
    outreach_model: str = "gpt-4o-mini"
    parsing_model: str = "gemini-1.5-flash"
    summary_model: str = "mistral-small-latest"
    embedding_model: str = "voyage-3"
    rerank_model: str = "rerank-2"

    moderate_outreach: bool = True
    job_workers: int = 4
    request_timeout_s: float = 60.0
    cors_origins: tuple[str, ...] = field(default_factory=lambda: ("http://localhost:5173",))

    @classmethod
    def from_env(cls) -> "Settings":
        keys = tuple(k for k in os.environ.get("RECRUIT_API_KEYS", "").split(",") if k)
        origins = tuple(
            o for o in os.environ.get("RECRUIT_CORS_ORIGINS", "http://localhost:5173").split(",") if o
        )
        return cls(
            env=os.environ.get("RECRUIT_ENV", "dev"),
            database_path=os.environ.get("RECRUIT_DB", "recruit.sqlite3"),
            api_keys=keys,
            openai_api_key=os.environ.get("OPENAI_API_KEY"),
            openai_org=os.environ.get("OPENAI_ORG_ID"),
            anthropic_api_key=os.environ.get("ANTHROPIC_API_KEY"),
            gemini_api_key=os.environ.get("GEMINI_API_KEY"),
            mistral_api_key=os.environ.get("MISTRAL_API_KEY"),
            voyage_api_key=os.environ.get("VOYAGE_API_KEY"),
            openrouter_api_key=os.environ.get("OPENROUTER_API_KEY"),
            screening_model=os.environ.get("SCREENING_MODEL", cls.screening_model),
            outreach_model=os.environ.get("OUTREACH_MODEL", cls.outreach_model),
            moderate_outreach=_env_bool("MODERATE_OUTREACH", True),
            job_workers=int(os.environ.get("JOB_WORKERS", "4")),
            cors_origins=origins,
        )

    @property
    def is_prod(self) -> bool:
        return self.env == "prod"
