"""Runtime settings, read from the environment (CI injects them from Vault)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    openai_api_key: str = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    openai_model: str = field(default_factory=lambda: _env("QA_OPENAI_MODEL", "gpt-4o-mini"))
    openai_embedding_model: str = field(
        default_factory=lambda: _env("QA_OPENAI_EMBED_MODEL", "text-embedding-3-small")
    )
    anthropic_api_key: str = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    anthropic_model: str = field(
        default_factory=lambda: _env("QA_ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022")
    )
    gemini_api_key: str = field(default_factory=lambda: _env("GEMINI_API_KEY"))
    gemini_model: str = field(default_factory=lambda: _env("QA_GEMINI_MODEL", "gemini-2.0-flash"))
    mistral_api_key: str = field(default_factory=lambda: _env("MISTRAL_API_KEY"))
    mistral_model: str = field(default_factory=lambda: _env("QA_MISTRAL_MODEL", "mistral-small-latest"))
    ollama_host: str = field(default_factory=lambda: _env("OLLAMA_HOST", "http://127.0.0.1:11434"))
    ollama_model: str = field(default_factory=lambda: _env("QA_OLLAMA_MODEL", "llama3.1:8b"))
    chatbot_base_url: str = field(
        default_factory=lambda: _env("CHATBOT_BASE_URL", "https://assistant.staging.example.com")
    )
    judge_provider: str = field(default_factory=lambda: _env("QA_JUDGE_PROVIDER", "anthropic"))
    request_timeout: float = float(os.environ.get("QA_LLM_TIMEOUT", "60"))


settings = Settings()
