"""Runtime configuration for the analyst assistant.

Values come from the environment (and a local .env in development). Keep this
module import-light: it is imported by the legacy express pages too.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

try:
    from dotenv import load_dotenv
except ImportError:  # pragma: no cover - dotenv is a dev dependency
    load_dotenv = None

if load_dotenv is not None:
    load_dotenv(Path(__file__).parent / ".env")


@dataclass(frozen=True)
class Settings:
    openai_api_key: str = field(default_factory=lambda: os.getenv("OPENAI_API_KEY", ""))
    anthropic_api_key: str = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY", ""))
    gemini_api_key: str = field(default_factory=lambda: os.getenv("GEMINI_API_KEY", ""))
    mistral_api_key: str = field(default_factory=lambda: os.getenv("MISTRAL_API_KEY", ""))
    perplexity_api_key: str = field(default_factory=lambda: os.getenv("PPLX_API_KEY", ""))

    default_chat_model: str = os.getenv("ANALYST_CHAT_MODEL", "gpt-4o-mini")
    summary_model: str = os.getenv("ANALYST_SUMMARY_MODEL", "gpt-4.1-mini")
    claude_model: str = os.getenv("ANALYST_CLAUDE_MODEL", "claude-sonnet-4-20250514")
    gemini_model: str = os.getenv("ANALYST_GEMINI_MODEL", "gemini-2.5-flash")
    mistral_model: str = os.getenv("ANALYST_MISTRAL_MODEL", "mistral-small-latest")
    perplexity_model: str = os.getenv("ANALYST_PPLX_MODEL", "sonar")
    embedding_model: str = os.getenv("ANALYST_EMBED_MODEL", "text-embedding-3-small")

    max_upload_mb: int = int(os.getenv("ANALYST_MAX_UPLOAD_MB", "50"))
    sample_rows: int = int(os.getenv("ANALYST_SAMPLE_ROWS", "40"))
    request_timeout: float = float(os.getenv("ANALYST_TIMEOUT", "60"))
    tenant: str = os.getenv("ANALYST_TENANT", "internal")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


PERPLEXITY_BASE_URL = "https://api.perplexity.ai"
