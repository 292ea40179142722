"""Settings, read once from the environment (and .env in dev)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

try:  # python-dotenv is a dev dependency only
    from dotenv import load_dotenv

    load_dotenv()
except ImportError:  # pragma: no cover
    pass


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    openai_org: str | None = field(default_factory=lambda: _env("OPENAI_ORG_ID"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    gemini_api_key: str | None = field(default_factory=lambda: _env("GEMINI_API_KEY"))
    xai_api_key: str | None = field(default_factory=lambda: _env("XAI_API_KEY"))
    perplexity_api_key: str | None = field(default_factory=lambda: _env("PPLX_API_KEY"))
    ollama_host: str = field(default_factory=lambda: _env("OLLAMA_HOST", "http://127.0.0.1:11434"))

    # default models per feature; overridable in the Settings view (client_storage)
    chat_model: str = field(default_factory=lambda: _env("COUNSELDESK_CHAT_MODEL", "gpt-4.1"))
    summary_model: str = field(default_factory=lambda: _env("COUNSELDESK_SUMMARY_MODEL", "claude-sonnet-4-5"))
    contract_model: str = field(default_factory=lambda: _env("COUNSELDESK_CONTRACT_MODEL", "gemini-2.5-pro"))
    drafting_model: str = field(default_factory=lambda: _env("COUNSELDESK_DRAFT_MODEL", "grok-4"))
    research_model: str = field(default_factory=lambda: _env("COUNSELDESK_RESEARCH_MODEL", "sonar-pro"))
    intake_model: str = field(default_factory=lambda: _env("COUNSELDESK_INTAKE_MODEL", "llama3.1:8b"))
    embedding_model: str = field(default_factory=lambda: _env("COUNSELDESK_EMBED_MODEL", "text-embedding-3-small"))

    data_dir: Path = field(default_factory=lambda: Path(_env("COUNSELDESK_DATA", str(Path.home() / ".counseldesk"))))
    request_timeout: float = float(_env("COUNSELDESK_TIMEOUT", "60") or 60)
    telemetry_enabled: bool = _env("COUNSELDESK_TELEMETRY", "1") == "1"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "matters.sqlite3"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    settings = Settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return settings
