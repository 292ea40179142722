"""Service configuration, loaded from env / .env via pydantic-settings."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ProviderKeys(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    openai_api_key: SecretStr | None = None
    anthropic_api_key: SecretStr | None = None
    cohere_api_key: SecretStr | None = None
    mistral_api_key: SecretStr | None = None
    cerebras_api_key: SecretStr | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_prefix="RAG_", env_nested_delimiter="__", extra="ignore"
    )

    keys: ProviderKeys = Field(default_factory=ProviderKeys)

    # models
    answer_model: str = "claude-3-5-sonnet-20241022"
    fallback_answer_model: str = "gpt-4o-mini"
    rewrite_model: str = "mistral-small-latest"
    embed_model: str = "text-embedding-3-small"
    mistral_embed_model: str = "mistral-embed"
    rerank_model: str = "rerank-english-v3.0"
    grader_model: str = "llama3.1-8b"
    cohere_chat_model: str = "command-r-plus"
    moderation_model: str = "omni-moderation-latest"

    # behaviour
    answer_provider: Literal["anthropic", "openai", "cohere", "mistral", "cerebras"] = "anthropic"
    embed_provider: Literal["openai", "mistral"] = "openai"
    use_llm_rerank_fallback: bool = True
    grade_answers: bool = True
    top_k: int = 20
    top_n: int = 5
    max_tokens: int = 1024
    temperature: float = 0.1
    request_timeout: float = 30.0

    # retrieval
    index_dir: Path = Path("data/index")
    embed_dim: int = 1536

    # server
    port: int = 8000
    workers_per_device: int = 1
    max_batch_size: int = 8
    batch_timeout: float = 0.05

    cerebras_base_url: str = "https://api.cerebras.ai/v1"
    mistral_base_url: str = "https://api.mistral.ai"

    @field_validator("top_n")
    @classmethod
    def _top_n_positive(cls, v: int) -> int:
        if v < 1:
            raise ValueError("top_n must be >= 1")
        return v

    @field_validator("cerebras_base_url", "mistral_base_url")
    @classmethod
    def _strip_slash(cls, v: str) -> str:
        return v.rstrip("/")

    @model_validator(mode="after")
    def _check_consistency(self) -> "Settings":
        if self.top_n > self.top_k:
            raise ValueError(f"top_n ({self.top_n}) cannot exceed top_k ({self.top_k})")
        if self.embed_provider == "mistral" and self.embed_dim != 1024:
            # mistral-embed is 1024-d; the default 1536 is for text-embedding-3-small
            self.embed_dim = 1024
        return self

    def provider_key(self, provider: str) -> str | None:
        secret = getattr(self.keys, f"{provider}_api_key", None)
        return secret.get_secret_value() if secret is not None else None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
