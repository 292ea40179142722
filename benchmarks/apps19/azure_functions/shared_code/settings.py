"""Application settings.

Values come from the Function App's application settings (environment
variables).  When running locally they are loaded from local.settings.json by
the Functions host, and by ``cli/`` scripts from the developer's shell.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

logger = logging.getLogger(__name__)


def _env(name: str, default: Optional[str] = None, *, required: bool = False) -> Optional[str]:
    """Read an environment variable, logging (but not printing) missing required values."""
    value = os.environ.get(name, default)
    if required and not value:
        logger.warning("Required application setting %s is not configured", name)
    return value


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        logger.warning("Application setting %s=%r is not an integer, using %s", name, raw, default)
        return default


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "y", "on"}


@dataclass(frozen=True)
class AzureOpenAISettings:
    endpoint: Optional[str]
    api_key: Optional[str]
    api_version: str
    chat_deployment: str
    mini_deployment: str
    embedding_deployment: str
    image_deployment: str
    use_managed_identity: bool


@dataclass(frozen=True)
class VendorSettings:
    cohere_api_key: Optional[str]
    cohere_chat_model: str
    cohere_embed_model: str
    cohere_rerank_model: str
    deepseek_api_key: Optional[str]
    deepseek_base_url: str
    deepseek_model: str
    replicate_api_token: Optional[str]
    replicate_image_model: str
    hf_token: Optional[str]
    hf_chat_model: str
    hf_embedding_model: str
    hf_translation_model: str


@dataclass(frozen=True)
class Settings:
    environment: str
    azure_openai: AzureOpenAISettings
    vendors: VendorSettings
    storage_connection: Optional[str]
    table_connection: Optional[str]
    documents_table: str = "documents"
    usage_table: str = "llmusage"
    enrichment_queue: str = "doc-enrichment"
    enrichment_poison_queue: str = "doc-enrichment-poison"
    max_chunk_chars: int = 6000
    request_timeout_seconds: int = 60
    feature_flags: dict = field(default_factory=dict)

    @property
    def is_production(self) -> bool:
        return self.environment.lower() in {"prod", "production"}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Build settings once per worker process."""
    aoai = AzureOpenAISettings(
        endpoint=_env("AZURE_OPENAI_ENDPOINT", required=True),
        api_key=_env("AZURE_OPENAI_API_KEY"),
        api_version=_env("AZURE_OPENAI_API_VERSION", "2024-06-01") or "2024-06-01",
        chat_deployment=_env("AZURE_OPENAI_CHAT_DEPLOYMENT", "gpt-4o-prod") or "gpt-4o-prod",
        mini_deployment=_env("AZURE_OPENAI_MINI_DEPLOYMENT", "gpt-4o-mini-prod") or "gpt-4o-mini-prod",
        embedding_deployment=_env("AZURE_OPENAI_EMBEDDING_DEPLOYMENT", "text-embedding-3-large")
        or "text-embedding-3-large",
        image_deployment=_env("AZURE_OPENAI_IMAGE_DEPLOYMENT", "dall-e-3") or "dall-e-3",
        use_managed_identity=_env_bool("AZURE_OPENAI_USE_MI", default=True),
    )
    vendors = VendorSettings(
        cohere_api_key=_env("COHERE_API_KEY"),
        cohere_chat_model=_env("COHERE_CHAT_MODEL", "command-r-plus-08-2024") or "command-r-plus-08-2024",
        cohere_embed_model=_env("COHERE_EMBED_MODEL", "embed-multilingual-v3.0") or "embed-multilingual-v3.0",
        cohere_rerank_model=_env("COHERE_RERANK_MODEL", "rerank-multilingual-v3.0") or "rerank-multilingual-v3.0",
        deepseek_api_key=_env("DEEPSEEK_API_KEY"),
        deepseek_base_url=_env("DEEPSEEK_BASE_URL", "https://api.deepseek.com") or "https://api.deepseek.com",
        deepseek_model=_env("DEEPSEEK_MODEL", "deepseek-chat") or "deepseek-chat",
        replicate_api_token=_env("REPLICATE_API_TOKEN"),
        replicate_image_model=_env("REPLICATE_IMAGE_MODEL", "black-forest-labs/flux-schnell")
        or "black-forest-labs/flux-schnell",
        hf_token=_env("HF_TOKEN"),
        hf_chat_model=_env("HF_CHAT_MODEL", "meta-llama/Llama-3.1-8B-Instruct") or "meta-llama/Llama-3.1-8B-Instruct",
        hf_embedding_model=_env("HF_EMBEDDING_MODEL", "BAAI/bge-m3") or "BAAI/bge-m3",
        hf_translation_model=_env("HF_TRANSLATION_MODEL", "Helsinki-NLP/opus-mt-de-en")
        or "Helsinki-NLP/opus-mt-de-en",
    )
    settings = Settings(
        environment=_env("DOCINTEL_ENVIRONMENT", "dev") or "dev",
        azure_openai=aoai,
        vendors=vendors,
        storage_connection=_env("AzureWebJobsStorage"),
        table_connection=_env("DOCINTEL_TABLE_CONNECTION"),
        max_chunk_chars=_env_int("DOCINTEL_MAX_CHUNK_CHARS", 6000),
        request_timeout_seconds=_env_int("DOCINTEL_REQUEST_TIMEOUT", 60),
        feature_flags={
            "use_cohere_rerank": _env_bool("FF_USE_COHERE_RERANK", True),
            "use_hf_translation": _env_bool("FF_USE_HF_TRANSLATION", False),
            "deepseek_classifier": _env_bool("FF_DEEPSEEK_CLASSIFIER", True),
            "stream_chat": _env_bool("FF_STREAM_CHAT", False),
        },
    )
    logger.info("Loaded settings for environment=%s", settings.environment)
    return settings
