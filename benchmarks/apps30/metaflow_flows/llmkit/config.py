"""Central configuration for LLM helpers.

Values come from environment variables so the same code works locally,
on @batch and on the Argo deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


@dataclass(frozen=True)
class ModelDefaults:
    openai_chat: str = "gpt-4o-mini"
    openai_large: str = "gpt-4.1"
    openai_embedding: str = "text-embedding-3-small"
    anthropic_chat: str = "claude-3-5-sonnet-latest"
    anthropic_fast: str = "claude-3-5-haiku-latest"
    gemini_chat: str = "gemini-2.0-flash"
    gemini_embedding: str = "gemini-embedding-001"
    bedrock_chat: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_embedding: str = "amazon.titan-embed-text-v2:0"
    voyage_embedding: str = "voyage-3.5"
    voyage_rerank: str = "rerank-2.5"
    fireworks_chat: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    hf_chat: str = "meta-llama/Llama-3.1-8B-Instruct"
    hf_embedding: str = "sentence-transformers/all-MiniLM-L6-v2"
    replicate_image: str = "black-forest-labs/flux-schnell"


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    google_api_key: str | None = field(default_factory=lambda: _env("GOOGLE_API_KEY"))
    voyage_api_key: str | None = field(default_factory=lambda: _env("VOYAGE_API_KEY"))
    fireworks_api_key: str | None = field(default_factory=lambda: _env("FIREWORKS_API_KEY"))
    hf_token: str | None = field(default_factory=lambda: _env("HF_TOKEN"))
    replicate_api_token: str | None = field(default_factory=lambda: _env("REPLICATE_API_TOKEN"))
    aws_region: str = field(default_factory=lambda: _env("AWS_REGION", "us-east-1"))
    use_vertex: bool = field(default_factory=lambda: _env("GENAI_USE_VERTEX", "0") == "1")
    gcp_project: str | None = field(default_factory=lambda: _env("GCP_PROJECT"))
    gcp_location: str = field(default_factory=lambda: _env("GCP_LOCATION", "us-central1"))
    request_timeout: float = float(os.environ.get("LLM_TIMEOUT_SECONDS", "60"))
    max_retries: int = int(os.environ.get("LLM_MAX_RETRIES", "3"))
    models: ModelDefaults = field(default_factory=ModelDefaults)


settings = Settings()

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
