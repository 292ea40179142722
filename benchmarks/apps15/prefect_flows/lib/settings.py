"""Runtime settings.

Values come from environment variables so that the same image can run every deployment.
Secrets are *not* read here: see ``lib.blocks``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import List


def _env(name: str, default: str) -> str:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    try:
        return int(_env(name, str(default)))
    except ValueError:
        return default


def _env_list(name: str, default: str) -> List[str]:
    return [item.strip() for item in _env(name, default).split(",") if item.strip()]


@dataclass(frozen=True)
class Settings:
    environment: str = field(default_factory=lambda: _env("MKT_ENV", "dev"))

    # warehouse / infra
    warehouse_dsn: str = field(
        default_factory=lambda: _env("WAREHOUSE_DSN", "postgresql://flows@localhost:5432/marketplace")
    )
    typesense_url: str = field(default_factory=lambda: _env("TYPESENSE_URL", "http://localhost:8108"))
    typesense_collection: str = field(default_factory=lambda: _env("TYPESENSE_COLLECTION", "listings_v3"))
    export_bucket: str = field(default_factory=lambda: _env("EXPORT_BUCKET", "mkt-data-exports"))
    slack_webhook_block: str = "data-platform-alerts"

    # gemini
    gemini_model: str = field(default_factory=lambda: _env("GEMINI_MODEL", "gemini-2.0-flash"))
    gemini_vision_model: str = field(default_factory=lambda: _env("GEMINI_VISION_MODEL", "gemini-2.0-flash"))
    gemini_embed_model: str = field(default_factory=lambda: _env("GEMINI_EMBED_MODEL", "text-embedding-004"))
    gemini_embed_dim: int = field(default_factory=lambda: _env_int("GEMINI_EMBED_DIM", 768))

    # mistral
    mistral_translate_model: str = field(
        default_factory=lambda: _env("MISTRAL_TRANSLATE_MODEL", "mistral-large-latest")
    )
    mistral_small_model: str = field(default_factory=lambda: _env("MISTRAL_SMALL_MODEL", "mistral-small-latest"))
    mistral_embed_model: str = "mistral-embed"

    # cohere
    cohere_chat_model: str = field(default_factory=lambda: _env("COHERE_CHAT_MODEL", "command-r-plus-08-2024"))
    cohere_embed_model: str = field(default_factory=lambda: _env("COHERE_EMBED_MODEL", "embed-multilingual-v3.0"))
    cohere_rerank_model: str = field(default_factory=lambda: _env("COHERE_RERANK_MODEL", "rerank-v3.5"))

    # hugging face
    hf_summary_model: str = field(
        default_factory=lambda: _env("HF_SUMMARY_MODEL", "meta-llama/Llama-3.1-8B-Instruct")
    )
    hf_copy_model: str = field(default_factory=lambda: _env("HF_COPY_MODEL", "Qwen/Qwen2.5-7B-Instruct"))
    hf_provider: str = field(default_factory=lambda: _env("HF_PROVIDER", "auto"))

    # ollama (gpu-01, self hosted)
    ollama_host: str = field(default_factory=lambda: _env("OLLAMA_HOST", "http://gpu-01.internal:11434"))
    ollama_chat_model: str = field(default_factory=lambda: _env("OLLAMA_CHAT_MODEL", "llama3.1:8b"))
    ollama_embed_model: str = field(default_factory=lambda: _env("OLLAMA_EMBED_MODEL", "nomic-embed-text"))

    # litellm model strings
    litellm_fast_model: str = field(default_factory=lambda: _env("LITELLM_FAST_MODEL", "gemini/gemini-2.0-flash"))
    litellm_judge_model: str = field(
        default_factory=lambda: _env("LITELLM_JUDGE_MODEL", "mistral/mistral-large-latest")
    )

    # job sizing
    batch_size: int = field(default_factory=lambda: _env_int("BATCH_SIZE", 64))
    max_workers: int = field(default_factory=lambda: _env_int("MAX_WORKERS", 8))
    storefront_locales: List[str] = field(
        default_factory=lambda: _env_list("STOREFRONT_LOCALES", "de,fr,es,it,nl")
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
