"""Central configuration and the Huey instance.

Everything that needs the queue imports ``huey`` from here; the consumer is
started with ``huey_consumer newsletter.main.huey``.
"""
import os
from dataclasses import dataclass, field

from huey import RedisHuey


def _env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass
class Settings:
    redis_url: str = os.environ.get("REDIS_URL", "redis://localhost:6379/3")
    database_url: str = os.environ.get("DATABASE_URL", "sqlite:///newsletter.db")
    openai_api_key: str = os.environ.get("OPENAI_API_KEY", "")
    anthropic_api_key: str = os.environ.get("ANTHROPIC_API_KEY", "")
    mistral_api_key: str = os.environ.get("MISTRAL_API_KEY", "")
    cohere_api_key: str = os.environ.get("COHERE_API_KEY", "")
    perplexity_api_key: str = os.environ.get("PERPLEXITY_API_KEY", "")
    deepseek_api_key: str = os.environ.get("DEEPSEEK_API_KEY", "")
    aws_region: str = os.environ.get("AWS_REGION", "us-east-1")
    llm_http_base: str = os.environ.get("LLM_HTTP_BASE", "https://api.anthropic.com")
    default_chat_model: str = os.environ.get("DEFAULT_CHAT_MODEL", "gpt-4o-mini")
    summary_model: str = os.environ.get("SUMMARY_MODEL", "claude-3-5-haiku-latest")
    embedding_model: str = "text-embedding-3-small"
    cohere_embed_model: str = "embed-english-v3.0"
    rerank_model: str = "rerank-english-v3.0"
    bedrock_model_id: str = os.environ.get(
        "BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0"
    )
    digest_hour: str = os.environ.get("DIGEST_HOUR", "6")
    max_articles_per_issue: int = int(os.environ.get("MAX_ARTICLES", "12"))
    immediate: bool = _env_bool("HUEY_IMMEDIATE")
    sender_address: str = os.environ.get("SENDER", "digest@example.com")
    enabled_locales: list = field(default_factory=lambda: ["en", "fr", "de", "es"])


settings = Settings()

huey = RedisHuey(
    "newsletter",
    url=settings.redis_url,
    immediate=settings.immediate,
    results=True,
    store_none=False,
    utc=True,
)
