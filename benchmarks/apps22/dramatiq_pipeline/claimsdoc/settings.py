"""Runtime settings, read once from the environment.

We moved from django-environ to pydantic-settings in 0.11; a couple of legacy modules still
read os.environ directly.
"""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CLAIMSDOC_", extra="ignore")

    env: str = "dev"
    redis_url: str = "redis://localhost:6379/0"
    results_redis_url: str = "redis://localhost:6379/1"
    result_ttl_ms: int = 6 * 60 * 60 * 1000

    # storage
    s3_bucket: str = "claims-intake-dev"
    aws_region: str = "us-east-1"

    # openai / azure
    openai_api_key: str = ""
    openai_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"
    azure_openai_endpoint: str = ""
    azure_openai_api_key: str = ""
    azure_openai_api_version: str = "2024-10-21"
    azure_fraud_deployment: str = "fraud-gpt4o"

    # anthropic
    anthropic_api_key: str = ""
    anthropic_model: str = "claude-3-5-sonnet-20241022"

    # bedrock
    bedrock_region: str = "us-east-1"
    bedrock_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_titan_embed_id: str = "amazon.titan-embed-text-v2:0"

    # mistral
    mistral_api_key: str = ""
    mistral_ocr_model: str = "mistral-ocr-latest"
    mistral_chat_model: str = "mistral-small-latest"

    # huggingface
    hf_token: str = ""
    hf_summary_model: str = "meta-llama/Llama-3.1-8B-Instruct"
    hf_embed_model: str = "sentence-transformers/all-MiniLM-L6-v2"

    # watsonx
    watsonx_url: str = "https://us-south.ml.cloud.ibm.com"
    watsonx_api_key: str = ""
    watsonx_project_id: str = ""
    watsonx_model_id: str = "ibm/granite-3-8b-instruct"

    # ollama (on-prem GPU box for PHI-heavy docs)
    ollama_host: str = "http://gpu-01.claims.internal:11434"
    ollama_model: str = "llama3.1:8b"
    ollama_embed_model: str = "nomic-embed-text"

    default_provider: str = Field(default="openai")
    fraud_threshold: float = 0.72


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
