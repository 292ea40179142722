"""Typed settings loaded once from the environment.

Settings are grouped per integration so call sites read naturally, e.g.
``settings.llm.base_url`` or ``settings.aws.dlq_url``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import List, Optional


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    return int(raw) if raw is not None else default


def _env_float(name: str, default: float) -> float:
    raw = _env(name)
    return float(raw) if raw is not None else default


def _env_list(name: str, default: str = "") -> List[str]:
    return [part.strip() for part in (_env(name, default) or "").split(",") if part.strip()]


@dataclass(frozen=True)
class LLMSettings:
    api_key: Optional[str]
    base_url: str
    organization: Optional[str]
    chat_model: str
    embedding_model: str
    moderation_model: str
    timeout: float
    pool_size: int


@dataclass(frozen=True)
class AnthropicSettings:
    api_key: Optional[str]
    model: str
    fast_model: str
    messages_url: str
    api_version: str
    max_tokens: int


@dataclass(frozen=True)
class AzureSettings:
    endpoint: Optional[str]
    api_key: Optional[str]
    api_version: str
    deployment: str


@dataclass(frozen=True)
class DeepSeekSettings:
    api_key: Optional[str]
    model: str
    reasoning_model: str


@dataclass(frozen=True)
class MistralSettings:
    api_key: Optional[str]
    model: str
    small_model: str
    embedding_model: str


@dataclass(frozen=True)
class CohereSettings:
    api_key: Optional[str]
    chat_model: str
    embed_model: str
    rerank_model: str


@dataclass(frozen=True)
class AWSSettings:
    region: str
    bedrock_model_id: str
    documents_bucket: str
    dlq_url: Optional[str]
    docs_queue_url: Optional[str]


@dataclass(frozen=True)
class KafkaSettings:
    bootstrap_servers: str
    group_id: str
    topics: List[str] = field(default_factory=list)
    max_batch: int = 50
    dead_letter_topic: str = "events.dead-letter"


@dataclass(frozen=True)
class IntegrationSettings:
    database_url: str
    slack_webhook_url: Optional[str]
    crm_base_url: str
    billing_api_url: str


@dataclass(frozen=True)
class Settings:
    env: str
    llm: LLMSettings
    anthropic: AnthropicSettings
    azure: AzureSettings
    deepseek: DeepSeekSettings
    mistral: MistralSettings
    cohere: CohereSettings
    aws: AWSSettings
    kafka: KafkaSettings
    integrations: IntegrationSettings

    @property
    def is_production(self) -> bool:
        return self.env == "production"


def load_settings() -> Settings:
    return Settings(
        env=_env("APP_ENV", "development") or "development",
        llm=LLMSettings(
            api_key=_env("OPENAI_API_KEY"),
            base_url=_env("OPENAI_BASE_URL", "https://api.openai.com/v1") or "",
            organization=_env("OPENAI_ORG_ID"),
            chat_model=_env("OPENAI_CHAT_MODEL", "gpt-4o-mini") or "gpt-4o-mini",
            embedding_model=_env("OPENAI_EMBEDDING_MODEL", "text-embedding-3-small") or "",
            moderation_model=_env("OPENAI_MODERATION_MODEL", "omni-moderation-latest") or "",
            timeout=_env_float("OPENAI_TIMEOUT", 30.0),
            pool_size=_env_int("OPENAI_POOL_SIZE", 4),
        ),
        anthropic=AnthropicSettings(
            api_key=_env("ANTHROPIC_API_KEY"),
            model=_env("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest") or "",
            fast_model=_env("ANTHROPIC_FAST_MODEL", "claude-3-5-haiku-latest") or "",
            messages_url=_env("ANTHROPIC_MESSAGES_URL", "https://api.anthropic.com/v1/messages") or "",
            api_version=_env("ANTHROPIC_VERSION", "2023-06-01") or "2023-06-01",
            max_tokens=_env_int("ANTHROPIC_MAX_TOKENS", 1024),
        ),
        azure=AzureSettings(
            endpoint=_env("AZURE_OPENAI_ENDPOINT"),
            api_key=_env("AZURE_OPENAI_API_KEY"),
            api_version=_env("AZURE_OPENAI_API_VERSION", "2024-06-01") or "2024-06-01",
            deployment=_env("AZURE_OPENAI_DEPLOYMENT", "contracts-gpt4o") or "",
        ),
        deepseek=DeepSeekSettings(
            api_key=_env("DEEPSEEK_API_KEY"),
            model=_env("DEEPSEEK_MODEL", "deepseek-chat") or "deepseek-chat",
            reasoning_model=_env("DEEPSEEK_REASONING_MODEL", "deepseek-reasoner") or "",
        ),
        mistral=MistralSettings(
            api_key=_env("MISTRAL_API_KEY"),
            model=_env("MISTRAL_MODEL", "mistral-large-latest") or "",
            small_model=_env("MISTRAL_SMALL_MODEL", "mistral-small-latest") or "",
            embedding_model=_env("MISTRAL_EMBED_MODEL", "mistral-embed") or "mistral-embed",
        ),
        cohere=CohereSettings(
            api_key=_env("COHERE_API_KEY"),
            chat_model=_env("COHERE_CHAT_MODEL", "command-r-plus-08-2024") or "",
            embed_model=_env("COHERE_EMBED_MODEL", "embed-english-v3.0") or "",
            rerank_model=_env("COHERE_RERANK_MODEL", "rerank-v3.5") or "rerank-v3.5",
        ),
        aws=AWSSettings(
            region=_env("AWS_REGION", "eu-west-1") or "eu-west-1",
            bedrock_model_id=_env(
                "BEDROCK_MODEL_ID", "anthropic.claude-3-5-sonnet-20240620-v1:0"
            ) or "",
            documents_bucket=_env("DOCUMENTS_BUCKET", "acme-documents-dev") or "",
            dlq_url=_env("DLQ_URL"),
            docs_queue_url=_env("DOCS_QUEUE_URL"),
        ),
        kafka=KafkaSettings(
            bootstrap_servers=_env("KAFKA_BOOTSTRAP", "localhost:9092") or "localhost:9092",
            group_id=_env("KAFKA_GROUP_ID", "event-consumers") or "event-consumers",
            topics=_env_list("KAFKA_TOPICS"),
            max_batch=_env_int("KAFKA_MAX_BATCH", 50),
        ),
        integrations=IntegrationSettings(
            database_url=_env("DATABASE_URL", "postgresql+psycopg://localhost/events") or "",
            slack_webhook_url=_env("SLACK_WEBHOOK_URL"),
            crm_base_url=_env("CRM_BASE_URL", "https://crm.internal.acme.io/api") or "",
            billing_api_url=_env("BILLING_API_URL", "https://billing.internal.acme.io") or "",
        ),
    )


settings = load_settings()
