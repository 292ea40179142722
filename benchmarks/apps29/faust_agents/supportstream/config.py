"""Settings loaded from the environment.

Kept deliberately dumb (no pydantic-settings) because the worker image is shared
with the old cron box that still runs python 3.9 in places.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def _flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    broker_url: str = field(default_factory=lambda: _env("KAFKA_BROKER", "kafka://localhost:9092"))
    store_url: str = field(default_factory=lambda: _env("FAUST_STORE", "rocksdb://"))
    web_port: int = field(default_factory=lambda: int(_env("WEB_PORT", "6066")))

    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    cohere_api_key: str | None = field(default_factory=lambda: _env("COHERE_API_KEY"))
    voyage_api_key: str | None = field(default_factory=lambda: _env("VOYAGE_API_KEY"))
    groq_api_key: str | None = field(default_factory=lambda: _env("GROQ_API_KEY"))
    deepseek_api_key: str | None = field(default_factory=lambda: _env("DEEPSEEK_API_KEY"))
    deepseek_base_url: str = field(default_factory=lambda: _env("DEEPSEEK_BASE_URL", "https://api.deepseek.com"))
    mistral_api_key: str | None = field(default_factory=lambda: _env("MISTRAL_API_KEY"))

    triage_model: str = field(default_factory=lambda: _env("TRIAGE_MODEL", "gpt-4o-mini"))
    summary_model: str = field(default_factory=lambda: _env("SUMMARY_MODEL", "claude-3-5-sonnet-20241022"))
    fast_model: str = field(default_factory=lambda: _env("FAST_MODEL", "llama-3.1-8b-instant"))
    embed_model: str = field(default_factory=lambda: _env("EMBED_MODEL", "voyage-3"))
    cohere_embed_model: str = "embed-english-v3.0"
    rerank_model: str = "rerank-english-v3.0"
    translate_model: str = "deepseek-chat"
    mistral_model: str = "mistral-small-latest"

    provider_smoke_check: bool = field(default_factory=lambda: _flag("PROVIDER_SMOKE_CHECK"))
    sla_digest_interval: float = 900.0
    zendesk_base_url: str = field(default_factory=lambda: _env("ZENDESK_URL", "https://acme.zendesk.com"))
    slack_webhook_url: str | None = field(default_factory=lambda: _env("SLACK_WEBHOOK_URL"))

    kb_dsn: str = field(default_factory=lambda: _env("KB_DSN", "postgresql://kb@kb-db.internal/kb"))
    embedder: str = field(default_factory=lambda: _env("EMBEDDER", "voyage"))
    draft_ab_traffic: float = field(default_factory=lambda: float(_env("DRAFT_AB_TRAFFIC", "0.1")))

    def provider_keys(self) -> dict[str, bool]:
        return {
            "openai": bool(self.openai_api_key),
            "anthropic": bool(self.anthropic_api_key),
            "cohere": bool(self.cohere_api_key),
            "voyage": bool(self.voyage_api_key),
            "groq": bool(self.groq_api_key),
            "deepseek": bool(self.deepseek_api_key),
            "mistral": bool(self.mistral_api_key),
        }

    def validate(self) -> list[str]:
        problems = [f"missing {name} key" for name, ok in self.provider_keys().items() if not ok]
        if self.embedder not in {"voyage", "cohere", "openai"}:
            problems.append(f"unknown embedder {self.embedder!r}")
        if not 0.0 <= self.draft_ab_traffic <= 1.0:
            problems.append("DRAFT_AB_TRAFFIC must be in [0, 1]")
        return problems


settings = Settings()
