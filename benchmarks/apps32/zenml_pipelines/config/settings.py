"""Typed configuration for the pipelines.

These are passed into steps as parameters (ZenML serialises pydantic models
into the step configuration, so they show up in the dashboard).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import List, Optional

from pydantic import BaseModel, Field


class ProviderSettings(BaseModel):
    provider: str = "openai"
    model: str = "gpt-4o-mini"
    temperature: float = 0.0
    max_tokens: int = 512
    base_url: Optional[str] = None


class LabellingConfig(BaseModel):
    dataset_name: str = "support_tickets_raw"
    label_set: List[str] = Field(
        default_factory=lambda: ["billing", "bug", "feature_request", "account", "other"]
    )
    batch_size: int = 32
    primary: ProviderSettings = ProviderSettings()
    fallback: ProviderSettings = ProviderSettings(
        provider="anthropic", model="claude-3-5-haiku-latest"
    )
    use_tracked_service: bool = False
    sample_limit: Optional[int] = None


class EvalConfig(BaseModel):
    dataset_name: str = "support_tickets_gold"
    judge: ProviderSettings = ProviderSettings(
        provider="anthropic", model="claude-3-5-sonnet-latest"
    )
    second_judge: ProviderSettings = ProviderSettings(
        provider="google", model="gemini-2.0-flash"
    )
    candidates: List[ProviderSettings] = Field(
        default_factory=lambda: [
            ProviderSettings(provider="openai", model="gpt-4o-mini"),
            ProviderSettings(provider="mistral", model="mistral-small-latest"),
            ProviderSettings(
                provider="together",
                model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
                base_url="https://api.together.xyz/v1",
            ),
        ]
    )
    pass_threshold: float = 0.8


class RagConfig(BaseModel):
    source_uri: str = "s3://ml-team-docs/handbook/"
    chunk_size: int = 800
    chunk_overlap: int = 120
    embedding_provider: str = "voyage"
    embedding_model: str = "voyage-3"
    rerank_model: str = "rerank-2"
    index_name: str = "handbook-v3"
    contextualize_chunks: bool = True


class Settings(BaseModel):
    zenml_stack: str = os.getenv("ZENML_STACK", "default")
    secret_name: str = os.getenv("LLM_SECRET_NAME", "llm_api_keys")
    aws_region: str = os.getenv("AWS_REGION", "us-east-1")
    bedrock_model_id: str = os.getenv(
        "BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0"
    )
    hf_model: str = os.getenv("HF_MODEL", "meta-llama/Llama-3.1-8B-Instruct")
    together_base_url: str = "https://api.together.xyz/v1"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
