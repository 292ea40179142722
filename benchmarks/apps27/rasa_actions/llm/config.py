"""Settings for the LLM layer.

Everything is read from the environment so the action server image stays the
same across staging / prod; the helm chart sets the variables.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Optional


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.getenv(name, default))
    except (TypeError, ValueError):
        return default


@dataclass(frozen=True)
class LLMSettings:
    # which backend get_chat_backend() hands out when nobody asks for a specific one
    provider: str = "openai"

    openai_api_key: Optional[str] = None
    openai_base_url: Optional[str] = None
    anthropic_api_key: Optional[str] = None
    cohere_api_key: Optional[str] = None
    google_api_key: Optional[str] = None
    mistral_api_key: Optional[str] = None
    groq_api_key: Optional[str] = None
    hf_token: Optional[str] = None
    ollama_host: str = "http://ollama.support-bot.svc:11434"

    request_timeout: float = 20.0
    max_retries: int = 2
    temperature: float = 0.2

    fallback_confidence: float = 0.55
    faq_top_k: int = 8
    faq_rerank_top_n: int = 3
    enable_rephrase: bool = True
    enable_sentiment: bool = True

    models: Dict[str, str] = field(
        default_factory=lambda: {
            "openai": "gpt-4o-mini",
            "openai_embed": "text-embedding-3-small",
            "anthropic": "claude-3-5-haiku-latest",
            "anthropic_large": "claude-3-5-sonnet-latest",
            "cohere": "command-r-plus-08-2024",
            "cohere_rerank": "rerank-v3.5",
            "cohere_embed": "embed-multilingual-v3.0",
            "google": "gemini-2.0-flash",
            "google_embed": "text-embedding-004",
            "mistral": "mistral-small-latest",
            "ollama": "llama3.1:8b",
            "groq": "llama-3.1-8b-instant",
            "huggingface": "meta-llama/Llama-3.1-8B-Instruct",
            "huggingface_summary": "facebook/bart-large-cnn",
        }
    )

    def model_for(self, key: str) -> str:
        override = os.getenv(f"LLM_MODEL_{key.upper()}")
        return override or self.models[key]


@lru_cache(maxsize=1)
def get_settings() -> LLMSettings:
    return LLMSettings(
        provider=os.getenv("LLM_PROVIDER", "openai").lower(),
        openai_api_key=os.getenv("OPENAI_API_KEY"),
        openai_base_url=os.getenv("OPENAI_BASE_URL") or None,
        anthropic_api_key=os.getenv("ANTHROPIC_API_KEY"),
        cohere_api_key=os.getenv("CO_API_KEY") or os.getenv("COHERE_API_KEY"),
        google_api_key=os.getenv("GOOGLE_API_KEY") or os.getenv("GEMINI_API_KEY"),
        mistral_api_key=os.getenv("MISTRAL_API_KEY"),
        groq_api_key=os.getenv("GROQ_API_KEY"),
        hf_token=os.getenv("HF_TOKEN"),
        ollama_host=os.getenv("OLLAMA_HOST", "http://ollama.support-bot.svc:11434"),
        request_timeout=_env_float("LLM_TIMEOUT", 20.0),
        max_retries=int(os.getenv("LLM_MAX_RETRIES", "2")),
        temperature=_env_float("LLM_TEMPERATURE", 0.2),
        fallback_confidence=_env_float("FALLBACK_CONFIDENCE", 0.55),
        faq_top_k=int(os.getenv("FAQ_TOP_K", "8")),
        faq_rerank_top_n=int(os.getenv("FAQ_RERANK_TOP_N", "3")),
        enable_rephrase=_env_bool("ENABLE_REPHRASE", True),
        enable_sentiment=_env_bool("ENABLE_SENTIMENT", True),
    )
