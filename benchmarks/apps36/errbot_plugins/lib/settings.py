"""Model names and provider settings, centralised so plugins agree."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str) -> str:
    value = os.environ.get(name)
    return value if value else default


@dataclass(frozen=True)
class ModelSettings:
    openai_chat: str = field(default_factory=lambda: _env("OPENAI_CHAT_MODEL", "gpt-4o-mini"))
    openai_smart: str = field(default_factory=lambda: _env("OPENAI_SMART_MODEL", "gpt-4.1"))
    openai_embed: str = field(default_factory=lambda: _env("OPENAI_EMBED_MODEL", "text-embedding-3-small"))
    anthropic_chat: str = field(default_factory=lambda: _env("ANTHROPIC_MODEL", "claude-sonnet-4-20250514"))
    anthropic_fast: str = field(default_factory=lambda: _env("ANTHROPIC_FAST_MODEL", "claude-3-5-haiku-latest"))
    mistral_chat: str = field(default_factory=lambda: _env("MISTRAL_MODEL", "mistral-large-latest"))
    mistral_small: str = field(default_factory=lambda: _env("MISTRAL_SMALL_MODEL", "mistral-small-latest"))
    cohere_chat: str = field(default_factory=lambda: _env("COHERE_CHAT_MODEL", "command-r-plus-08-2024"))
    cohere_embed: str = field(default_factory=lambda: _env("COHERE_EMBED_MODEL", "embed-english-v3.0"))
    cohere_rerank: str = field(default_factory=lambda: _env("COHERE_RERANK_MODEL", "rerank-english-v3.0"))
    groq_chat: str = field(default_factory=lambda: _env("GROQ_MODEL", "llama-3.3-70b-versatile"))
    groq_fast: str = field(default_factory=lambda: _env("GROQ_FAST_MODEL", "llama-3.1-8b-instant"))
    groq_whisper: str = field(default_factory=lambda: _env("GROQ_WHISPER_MODEL", "whisper-large-v3-turbo"))


MODELS = ModelSettings()

REQUEST_TIMEOUT = float(_env("LLM_REQUEST_TIMEOUT", "60"))
MAX_RETRIES = int(_env("LLM_MAX_RETRIES", "2"))

GROQ_OPENAI_BASE_URL = "https://api.groq.com/openai/v1"
ANTHROPIC_API_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"
