"""Runtime settings for the support dataflows.

Everything is read from the environment so the same image can run every flow.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    return int(raw) if raw is not None else default


def _env_bool(name: str, default: bool = False) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    return raw.lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class ModelSettings:
    classify_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-sonnet-20241022"
    summary_fallback_model: str = "claude-3-5-haiku-20241022"
    reply_model: str = "grok-3-mini"
    embed_model: str = "text-embedding-3-small"
    mistral_chat_model: str = "mistral-small-latest"
    mistral_embed_model: str = "mistral-embed"
    hf_chat_model: str = "meta-llama/Llama-3.1-8B-Instruct"
    hf_embed_model: str = "BAAI/bge-small-en-v1.5"
    moderation_model: str = "omni-moderation-latest"


@dataclass(frozen=True)
class Settings:
    kafka_brokers: list[str] = field(default_factory=lambda: ["localhost:19092"])
    inbound_topic: str = "support.inbound"
    triaged_topic: str = "support.triaged"
    replies_topic: str = "support.reply_drafts"
    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    mistral_api_key: str | None = None
    hf_token: str | None = None
    xai_api_key: str | None = None
    search_url: str = "http://localhost:9200"
    search_index: str = "support-conversations"
    helpdesk_url: str = "https://acme.zendesk.com"
    helpdesk_token: str | None = None
    batch_size: int = 32
    dry_run: bool = False
    use_tracked_service: bool = True
    models: ModelSettings = field(default_factory=ModelSettings)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    brokers = (_env("KAFKA_BROKERS", "localhost:19092") or "").split(",")
    return Settings(
        kafka_brokers=[b.strip() for b in brokers if b.strip()],
        inbound_topic=_env("INBOUND_TOPIC", "support.inbound"),
        triaged_topic=_env("TRIAGED_TOPIC", "support.triaged"),
        replies_topic=_env("REPLIES_TOPIC", "support.reply_drafts"),
        openai_api_key=_env("OPENAI_API_KEY"),
        anthropic_api_key=_env("ANTHROPIC_API_KEY"),
        mistral_api_key=_env("MISTRAL_API_KEY"),
        hf_token=_env("HF_TOKEN"),
        xai_api_key=_env("XAI_API_KEY"),
        search_url=_env("SEARCH_URL", "http://localhost:9200"),
        search_index=_env("SEARCH_INDEX", "support-conversations"),
        helpdesk_url=_env("HELPDESK_URL", "https://acme.zendesk.com"),
        helpdesk_token=_env("HELPDESK_TOKEN"),
        batch_size=_env_int("BATCH_SIZE", 32),
        dry_run=_env_bool("DRY_RUN"),
        use_tracked_service=_env_bool("USE_TRACKED_SERVICE", True),
    )
