"""Runtime settings for llmkit, read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class LLMSettings:
    azure_endpoint: str = ""
    azure_api_key: str = ""
    azure_api_version: str = "2025-03-01-preview"
    azure_chat_deployment: str = "gpt-4o-mini"
    azure_vision_deployment: str = "gpt-4o"
    azure_embed_deployment: str = "text-embedding-3-large"
    groq_api_key: str = ""
    together_api_key: str = ""
    fireworks_api_key: str = ""
    mistral_api_key: str = ""
    xai_api_key: str = ""
    hf_token: str = ""
    dashscope_api_key: str = ""
    replicate_api_token: str = ""
    watsonx_url: str = "https://eu-de.ml.cloud.ibm.com"
    watsonx_api_key: str = ""
    watsonx_project_id: str = ""
    aws_profile: str = "catalog-ml"
    aws_region: str = "us-east-1"
    gcp_project: str = ""
    gcp_location: str = "europe-west4"
    usage_log_path: str = "/var/log/catalog-ml/llm_usage.jsonl"

    @classmethod
    def from_env(cls) -> "LLMSettings":
        env = os.environ.get
        return cls(
            azure_endpoint=env("AZURE_OPENAI_ENDPOINT", ""),
            azure_api_key=env("AZURE_OPENAI_API_KEY", ""),
            azure_api_version=env("AZURE_OPENAI_API_VERSION", cls.azure_api_version),
            azure_chat_deployment=env("AZURE_OPENAI_CHAT_DEPLOYMENT", cls.azure_chat_deployment),
            azure_vision_deployment=env("AZURE_OPENAI_VISION_DEPLOYMENT", cls.azure_vision_deployment),
            azure_embed_deployment=env("AZURE_OPENAI_EMBED_DEPLOYMENT", cls.azure_embed_deployment),
            groq_api_key=env("GROQ_API_KEY", ""),
            together_api_key=env("TOGETHER_API_KEY", ""),
            fireworks_api_key=env("FIREWORKS_API_KEY", ""),
            mistral_api_key=env("MISTRAL_API_KEY", ""),
            xai_api_key=env("XAI_API_KEY", ""),
            hf_token=env("HF_TOKEN", ""),
            dashscope_api_key=env("DASHSCOPE_API_KEY", ""),
            replicate_api_token=env("REPLICATE_API_TOKEN", ""),
            watsonx_url=env("WATSONX_URL", cls.watsonx_url),
            watsonx_api_key=env("WATSONX_APIKEY", ""),
            watsonx_project_id=env("WATSONX_PROJECT_ID", ""),
            aws_profile=env("CATALOG_AWS_PROFILE", cls.aws_profile),
            aws_region=env("AWS_REGION", cls.aws_region),
            gcp_project=env("GOOGLE_CLOUD_PROJECT", ""),
            gcp_location=env("GOOGLE_CLOUD_LOCATION", cls.gcp_location),
            usage_log_path=env("LLM_USAGE_LOG_PATH", cls.usage_log_path),
        )


@lru_cache(maxsize=1)
def get_settings() -> LLMSettings:
    """Process-wide settings; tests clear the cache with ``get_settings.cache_clear()``."""
    return LLMSettings.from_env()
