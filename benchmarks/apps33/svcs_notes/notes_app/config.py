"""Application settings, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    database_path: str = field(default_factory=lambda: _env("NOTES_DB", "notes.sqlite3"))
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    gemini_api_key: str | None = field(default_factory=lambda: _env("GEMINI_API_KEY"))
    together_api_key: str | None = field(default_factory=lambda: _env("TOGETHER_API_KEY"))
    ollama_host: str = field(default_factory=lambda: _env("OLLAMA_HOST", "http://localhost:11434"))

    chat_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-haiku-latest"
    digest_model: str = "gemini-2.0-flash"
    embedding_model: str = "text-embedding-3-small"
    local_model: str = "llama3.1:8b"
    local_embedding_model: str = "nomic-embed-text"
    tagging_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    rerank_model: str = "Salesforce/Llama-Rank-V1"

    use_local_embeddings: bool = field(
        default_factory=lambda: _env("NOTES_LOCAL_EMBEDDINGS", "0") == "1"
    )
    max_note_chars: int = 20_000

    @classmethod
    def from_env(cls) -> "Settings":
        return cls()


class TestingSettings(Settings):
    pass
