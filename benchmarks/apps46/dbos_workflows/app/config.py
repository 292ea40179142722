from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "postgresql://postgres:dbos@localhost:5432/docflow"
    system_database_url: str = "postgresql://postgres:dbos@localhost:5432/docflow_dbos_sys"

    openai_api_key: str = ""
    openai_org: str | None = None
    anthropic_api_key: str = ""
    voyage_api_key: str = ""
    cohere_api_key: str = ""
    aws_region: str = "us-east-1"

    classify_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-sonnet-20241022"
    review_model_id: str = "anthropic.claude-3-5-sonnet-20240620-v1:0"
    redact_model_id: str = "amazon.titan-text-express-v1"
    embed_model: str = "voyage-3"
    rerank_model: str = "rerank-english-v3.0"
    cohere_chat_model: str = "command-r-plus-08-2024"

    ingest_concurrency: int = 4
    review_concurrency: int = 2
    max_doc_chars: int = 120_000


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
