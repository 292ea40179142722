"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: os.getenv("KB_ENV", "dev"))
    debug: bool = field(default_factory=lambda: _bool("KB_DEBUG"))
    database_url: str = field(
        default_factory=lambda: os.getenv("DATABASE_URL", "postgresql://kb:kb@localhost:5432/kb")
    )
    redis_url: str = field(default_factory=lambda: os.getenv("REDIS_URL", "redis://localhost:6379/0"))

    openai_api_key: str | None = field(default_factory=lambda: os.getenv("OPENAI_API_KEY"))
    openai_chat_model: str = field(default_factory=lambda: os.getenv("KB_OPENAI_CHAT_MODEL", "gpt-4o-mini"))
    openai_embedding_model: str = field(
        default_factory=lambda: os.getenv("KB_EMBEDDING_MODEL", "text-embedding-3-small")
    )
    use_azure: bool = field(default_factory=lambda: _bool("KB_USE_AZURE"))
    azure_endpoint: str | None = field(default_factory=lambda: os.getenv("AZURE_OPENAI_ENDPOINT"))
    azure_api_key: str | None = field(default_factory=lambda: os.getenv("AZURE_OPENAI_API_KEY"))
    azure_api_version: str = field(default_factory=lambda: os.getenv("AZURE_OPENAI_API_VERSION", "2024-06-01"))
    azure_chat_deployment: str = field(default_factory=lambda: os.getenv("AZURE_CHAT_DEPLOYMENT", "kb-gpt4o"))

    anthropic_api_key: str | None = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY"))
    anthropic_model: str = field(default_factory=lambda: os.getenv("KB_ANTHROPIC_MODEL", "claude-3-5-sonnet-latest"))

    cohere_api_key: str | None = field(default_factory=lambda: os.getenv("COHERE_API_KEY"))
    cohere_rerank_model: str = "rerank-english-v3.0"
    cohere_embed_model: str = "embed-english-v3.0"

    groq_api_key: str | None = field(default_factory=lambda: os.getenv("GROQ_API_KEY"))
    groq_model: str = field(default_factory=lambda: os.getenv("KB_GROQ_MODEL", "llama-3.1-8b-instant"))

    deepseek_api_key: str | None = field(default_factory=lambda: os.getenv("DEEPSEEK_API_KEY"))
    deepseek_base_url: str = "https://api.deepseek.com"
    deepseek_model: str = "deepseek-chat"

    replicate_api_token: str | None = field(default_factory=lambda: os.getenv("REPLICATE_API_TOKEN"))
    cover_image_model: str = "black-forest-labs/flux-schnell"

    litellm_default_model: str = field(default_factory=lambda: os.getenv("KB_LITELLM_MODEL", "gpt-4o-mini"))
    max_query_depth: int = 8


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
