"""Runtime settings, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


@dataclass(frozen=True)
class Settings:
    environment: str = "dev"
    openai_api_key: str | None = None
    openai_model: str = "gpt-4o-mini"
    azure_endpoint: str | None = None
    azure_api_key: str | None = None
    azure_api_version: str = "2024-10-21"
    azure_chat_deployment: str = "helix-gpt4o"
    azure_embedding_deployment: str = "helix-embed-3-small"
    anthropic_api_key: str | None = None
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    cohere_api_key: str | None = None
    cohere_rerank_model: str = "rerank-v3.5"
    cohere_embed_model: str = "embed-english-v3.0"
    groq_api_key: str | None = None
    groq_model: str = "llama-3.1-8b-instant"
    aws_region: str = "us-east-1"
    bedrock_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_embed_model_id: str = "amazon.titan-embed-text-v2:0"
    use_azure: bool = False
    request_timeout: float = 30.0
    labels: tuple[str, ...] = field(default_factory=lambda: ("billing", "support", "sales", "other"))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        environment=_env("HELIX_ENV", "dev"),
        openai_api_key=_env("OPENAI_API_KEY"),
        openai_model=_env("HELIX_OPENAI_MODEL", "gpt-4o-mini"),
        azure_endpoint=_env("AZURE_OPENAI_ENDPOINT"),
        azure_api_key=_env("AZURE_OPENAI_API_KEY"),
        azure_api_version=_env("AZURE_OPENAI_API_VERSION", "2024-10-21"),
        azure_chat_deployment=_env("AZURE_CHAT_DEPLOYMENT", "helix-gpt4o"),
        azure_embedding_deployment=_env("AZURE_EMBED_DEPLOYMENT", "helix-embed-3-small"),
        anthropic_api_key=_env("ANTHROPIC_API_KEY"),
        anthropic_model=_env("HELIX_ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022"),
        cohere_api_key=_env("CO_API_KEY"),
        groq_api_key=_env("GROQ_API_KEY"),
        groq_model=_env("HELIX_GROQ_MODEL", "llama-3.1-8b-instant"),
        aws_region=_env("AWS_REGION", "us-east-1"),
        bedrock_model_id=_env("HELIX_BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0"),
        use_azure=_env("HELIX_USE_AZURE", "0") == "1",
        request_timeout=float(_env("HELIX_LLM_TIMEOUT", "30")),
    )
