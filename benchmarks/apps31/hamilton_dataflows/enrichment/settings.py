"""Runtime settings, read from the environment (and .env in dev)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    voyage_api_key: str | None = field(default_factory=lambda: _env("VOYAGE_API_KEY"))
    together_api_key: str | None = field(default_factory=lambda: _env("TOGETHER_API_KEY"))
    cerebras_api_key: str | None = field(default_factory=lambda: _env("CEREBRAS_API_KEY"))
    replicate_api_token: str | None = field(default_factory=lambda: _env("REPLICATE_API_TOKEN"))
    gemini_api_key: str | None = field(default_factory=lambda: _env("GEMINI_API_KEY"))
    deepseek_api_key: str | None = field(default_factory=lambda: _env("DEEPSEEK_API_KEY"))
    azure_endpoint: str | None = field(default_factory=lambda: _env("AZURE_OPENAI_ENDPOINT"))
    azure_api_key: str | None = field(default_factory=lambda: _env("AZURE_OPENAI_API_KEY"))
    azure_api_version: str = field(default_factory=lambda: _env("AZURE_OPENAI_API_VERSION", "2024-06-01"))

    default_chat_model: str = "gpt-4o-mini"
    default_claude_model: str = "claude-3-5-sonnet-20241022"
    default_embedding_model: str = "text-embedding-3-small"
    voyage_embedding_model: str = "voyage-3"
    voyage_rerank_model: str = "rerank-2"
    together_chat_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    together_embedding_model: str = "togethercomputer/m2-bert-80M-8k-retrieval"
    cerebras_model: str = "llama3.1-8b"
    gemini_model: str = "gemini-2.0-flash"
    caption_model: str = "yorickvp/llava-13b"

    request_timeout_s: float = 60.0
    max_concurrency: int = int(os.environ.get("ENRICH_MAX_CONCURRENCY", "8"))


SETTINGS = Settings()
