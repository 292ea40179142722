"""Runtime settings for the enrichment jobs.

Everything is read from the environment because task managers are started by the
Flink operator and we only control their env, not their argv.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return int(raw)


@dataclass(frozen=True)
class KafkaSettings:
    bootstrap_servers: str = field(default_factory=lambda: _env("KAFKA_BOOTSTRAP", "kafka:9092"))
    group_id: str = field(default_factory=lambda: _env("KAFKA_GROUP_ID", "flink-enrichment"))
    clicks_topic: str = field(default_factory=lambda: _env("CLICKS_TOPIC", "web.clicks.v3"))
    chats_topic: str = field(default_factory=lambda: _env("CHATS_TOPIC", "support.chat.messages"))
    enriched_clicks_topic: str = field(default_factory=lambda: _env("ENRICHED_CLICKS_TOPIC", "web.clicks.enriched"))
    chat_summaries_topic: str = field(default_factory=lambda: _env("CHAT_SUMMARIES_TOPIC", "support.chat.summaries"))
    embeddings_topic: str = field(default_factory=lambda: _env("EMBEDDINGS_TOPIC", "support.chat.embeddings"))
    dlq_topic: str = field(default_factory=lambda: _env("DLQ_TOPIC", "enrichment.dlq"))


@dataclass(frozen=True)
class ModelSettings:
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    cohere_api_key: str | None = field(default_factory=lambda: _env("COHERE_API_KEY"))
    fireworks_api_key: str | None = field(default_factory=lambda: _env("FIREWORKS_API_KEY"))
    aws_region: str = field(default_factory=lambda: _env("AWS_REGION", "us-east-1"))

    classify_model: str = field(default_factory=lambda: _env("CLASSIFY_MODEL", "gpt-4o-mini"))
    summary_model: str = field(default_factory=lambda: _env("SUMMARY_MODEL", "claude-3-5-haiku-20241022"))
    bedrock_model: str = field(default_factory=lambda: _env("BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0"))
    embed_model: str = field(default_factory=lambda: _env("EMBED_MODEL", "embed-english-v3.0"))
    openai_embed_model: str = field(default_factory=lambda: _env("OPENAI_EMBED_MODEL", "text-embedding-3-small"))
    rerank_model: str = field(default_factory=lambda: _env("RERANK_MODEL", "rerank-english-v3.0"))
    fireworks_model: str = field(
        default_factory=lambda: _env("FIREWORKS_MODEL", "accounts/fireworks/models/llama-v3p1-8b-instruct")
    )

    request_timeout_s: int = field(default_factory=lambda: _env_int("LLM_TIMEOUT_S", 20))
    max_retries: int = field(default_factory=lambda: _env_int("LLM_MAX_RETRIES", 2))
    batch_size: int = field(default_factory=lambda: _env_int("LLM_BATCH_SIZE", 16))


FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"

KAFKA = KafkaSettings()
MODELS = ModelSettings()
