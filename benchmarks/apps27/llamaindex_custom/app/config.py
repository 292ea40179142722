"""Runtime configuration, read from the environment (prefix RAG_)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

TOGETHER_BASE_URL = "https://api.together.xyz/v1"

LLMProvider = Literal["anthropic", "openai", "mistral", "together", "groq"]
EmbedProvider = Literal["openai", "cohere", "voyage", "mistral"]


class AppConfig(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="RAG_", extra="ignore")

    environment: str = "dev"
    log_level: str = "INFO"

    # provider keys
    openai_api_key: str = ""
    anthropic_api_key: str = ""
    cohere_api_key: str = ""
    voyage_api_key: str = ""
    mistral_api_key: str = ""
    together_api_key: str = ""
    groq_api_key: str = ""

    # model choices
    llm_provider: LLMProvider = "anthropic"
    embed_provider: EmbedProvider = "voyage"
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    openai_model: str = "gpt-4o-mini"
    mistral_model: str = "mistral-large-latest"
    together_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    groq_model: str = "llama-3.1-8b-instant"
    openai_embed_model: str = "text-embedding-3-small"
    cohere_embed_model: str = "embed-english-v3.0"
    voyage_embed_model: str = "voyage-3"
    mistral_embed_model: str = "mistral-embed"
    rerank_provider: Literal["cohere", "voyage", "none"] = "cohere"
    cohere_rerank_model: str = "rerank-english-v3.0"
    voyage_rerank_model: str = "rerank-2"

    # retrieval
    similarity_top_k: int = 12
    rerank_top_n: int = 4
    chunk_size: int = 768
    chunk_overlap: int = 96
    context_window: int = 128_000
    max_output_tokens: int = 1024
    temperature: float = 0.1

    # storage
    persist_dir: Path = Path("./storage")
    docs_dir: Path = Path("./data/docs")
    qdrant_url: Optional[str] = None
    qdrant_collection: str = "docs"

    http_timeout: float = Field(default=60.0, description="seconds")
    max_retries: int = 2

    usage_db_url: str = "postgresql+asyncpg://rag:rag@localhost:5432/rag"


@lru_cache(maxsize=1)
def get_config() -> AppConfig:
    return AppConfig()
