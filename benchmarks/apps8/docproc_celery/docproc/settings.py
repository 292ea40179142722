"""Application settings.

Everything is read from environment variables once per process.  Use
``get_settings()`` in code that may run before the env is fully populated
(e.g. celery signal handlers); elsewhere ``settings`` is fine.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional


class ConfigError(RuntimeError):
    pass


def _env(name: str, default: Optional[str] = None, *, required: bool = False) -> Optional[str]:
    value = os.environ.get(name, default)
    if required and not value:
        raise ConfigError(f"missing required environment variable {name}")
    return value


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw else default


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    env: str
    debug: bool

    database_url: str
    broker_url: str
    result_backend: str

    aws_region: str
    documents_bucket: str
    artifacts_bucket: str

    openai_api_key: Optional[str]
    openai_org_id: Optional[str]
    openai_chat_model: str
    openai_summary_model: str
    openai_embedding_model: str
    openai_embedding_dims: int

    anthropic_api_key: Optional[str]
    anthropic_model: str
    anthropic_fast_model: str

    voyage_api_key: Optional[str]
    voyage_embed_model: str
    voyage_rerank_model: str

    cohere_api_key: Optional[str]
    cohere_chat_model: str
    cohere_rerank_model: str

    gemini_api_key: Optional[str]
    gemini_model: str
    gemini_pro_model: str

    embedding_provider: str
    rerank_provider: str

    llm_timeout_s: float
    llm_max_retries: int
    max_chunk_tokens: int
    summary_max_chunks: int

    admin_token: Optional[str]
    clio_base_url: str
    clio_api_token: Optional[str]
    sentry_dsn: Optional[str]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        env=_env("DOCPROC_ENV", "development"),
        debug=_env_bool("DOCPROC_DEBUG"),
        database_url=_env("DATABASE_URL", "postgresql+psycopg2://docproc:docproc@localhost:5432/docproc"),
        broker_url=_env("CELERY_BROKER_URL", "redis://localhost:6379/0"),
        result_backend=_env("CELERY_RESULT_BACKEND", "redis://localhost:6379/1"),
        aws_region=_env("AWS_REGION", "us-east-1"),
        documents_bucket=_env("DOCUMENTS_BUCKET", "briefwell-documents-dev"),
        artifacts_bucket=_env("ARTIFACTS_BUCKET", "briefwell-artifacts-dev"),
        openai_api_key=_env("OPENAI_API_KEY"),
        openai_org_id=_env("OPENAI_ORG_ID"),
        openai_chat_model=_env("OPENAI_CHAT_MODEL", "gpt-4o-mini"),
        openai_summary_model=_env("OPENAI_SUMMARY_MODEL", "gpt-4o-2024-08-06"),
        openai_embedding_model=_env("OPENAI_EMBEDDING_MODEL", "text-embedding-3-large"),
        openai_embedding_dims=_env_int("OPENAI_EMBEDDING_DIMS", 1024),
        anthropic_api_key=_env("ANTHROPIC_API_KEY"),
        anthropic_model=_env("ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022"),
        anthropic_fast_model=_env("ANTHROPIC_FAST_MODEL", "claude-3-5-haiku-20241022"),
        voyage_api_key=_env("VOYAGE_API_KEY"),
        voyage_embed_model=_env("VOYAGE_EMBED_MODEL", "voyage-law-2"),
        voyage_rerank_model=_env("VOYAGE_RERANK_MODEL", "rerank-2"),
        cohere_api_key=_env("COHERE_API_KEY"),
        cohere_chat_model=_env("COHERE_CHAT_MODEL", "command-r-plus-08-2024"),
        cohere_rerank_model=_env("COHERE_RERANK_MODEL", "rerank-english-v3.0"),
        gemini_api_key=_env("GEMINI_API_KEY"),
        gemini_model=_env("GEMINI_MODEL", "gemini-2.0-flash"),
        gemini_pro_model=_env("GEMINI_PRO_MODEL", "gemini-1.5-pro-002"),
        embedding_provider=_env("EMBEDDING_PROVIDER", "voyage"),
        rerank_provider=_env("RERANK_PROVIDER", "cohere"),
        llm_timeout_s=_env_float("LLM_TIMEOUT_SECONDS", 120.0),
        llm_max_retries=_env_int("LLM_MAX_RETRIES", 2),
        max_chunk_tokens=_env_int("MAX_CHUNK_TOKENS", 1500),
        summary_max_chunks=_env_int("SUMMARY_MAX_CHUNKS", 60),
        admin_token=_env("DOCPROC_ADMIN_TOKEN"),
        clio_base_url=_env("CLIO_BASE_URL", "https://app.clio.com/api/v4"),
        clio_api_token=_env("CLIO_API_TOKEN"),
        sentry_dsn=_env("SENTRY_DSN"),
    )


settings = get_settings()
