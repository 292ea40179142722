from __future__ import annotations

import functools

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOCPROC_", env_file=".env", extra="ignore")

    database_url: str = "postgresql://docproc:docproc@localhost:5432/docproc"

    openai_api_key: str = ""
    openai_org: str | None = None
    azure_openai_endpoint: str | None = None
    azure_openai_key: str | None = None
    anthropic_api_key: str = ""
    mistral_api_key: str = ""
    voyage_api_key: str = ""

    watsonx_url: str = "https://us-south.ml.cloud.ibm.com"
    watsonx_api_key: str = ""
    watsonx_project_id: str = ""

    summary_model: str = "claude-3-5-sonnet-20241022"
    classify_model: str = "gpt-4o-mini"
    extract_model: str = "claude-3-5-haiku-20241022"
    embed_model: str = "voyage-3"
    rerank_model: str = "rerank-2"
    granite_model: str = "ibm/granite-3-8b-instruct"

    max_chunk_tokens: int = 1800
    llm_timeout: float = 60.0
    enable_moderation: bool = True


@functools.lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
