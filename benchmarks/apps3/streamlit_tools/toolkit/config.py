"""Runtime configuration, read from the environment (and Streamlit secrets when present)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str = "") -> str:
    value = os.environ.get(name)
    if value:
        return value
    try:
        import streamlit as st

        return str(st.secrets.get(name, default))
    except Exception:
        return default


@dataclass(frozen=True)
class Settings:
    openai_api_key: str = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    gemini_api_key: str = field(default_factory=lambda: _env("GEMINI_API_KEY"))
    mistral_api_key: str = field(default_factory=lambda: _env("MISTRAL_API_KEY"))
    cohere_api_key: str = field(default_factory=lambda: _env("COHERE_API_KEY"))
    groq_api_key: str = field(default_factory=lambda: _env("GROQ_API_KEY"))
    together_api_key: str = field(default_factory=lambda: _env("TOGETHER_API_KEY"))
    hf_token: str = field(default_factory=lambda: _env("HF_TOKEN"))
    perplexity_api_key: str = field(default_factory=lambda: _env("PERPLEXITY_API_KEY"))
    replicate_api_token: str = field(default_factory=lambda: _env("REPLICATE_API_TOKEN"))
    stability_api_key: str = field(default_factory=lambda: _env("STABILITY_API_KEY"))
    slack_bot_token: str = field(default_factory=lambda: _env("SLACK_BOT_TOKEN"))
    ollama_host: str = field(default_factory=lambda: _env("OLLAMA_HOST", "http://localhost:11434"))

    copy_model: str = "gpt-4o-mini"
    claude_model: str = "claude-3-5-sonnet-20241022"
    claude_fast_model: str = "claude-3-5-haiku-20241022"
    gemini_model: str = "gemini-2.0-flash"
    gemini_embed_model: str = "text-embedding-004"
    embed_model: str = "text-embedding-3-small"
    image_model: str = "gpt-image-1"
    mistral_model: str = "mistral-large-latest"
    cohere_chat_model: str = "command-r-plus-08-2024"
    cohere_rerank_model: str = "rerank-english-v3.0"
    ollama_embed_model: str = "nomic-embed-text"
    digest_model: str = "gpt-4o-mini"
    default_tenant: str = "marketing-analytics"


settings = Settings()
