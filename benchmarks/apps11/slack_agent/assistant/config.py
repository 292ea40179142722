"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import List, Optional


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: str = "") -> List[str]:
    raw = os.getenv(name, default)
    return [item.strip() for item in raw.split(",") if item.strip()]


@dataclass(frozen=True)
class ModelSettings:
    # Claude does the heavy agent work, everything else is for cheap/fast side tasks.
    agent_model: str = os.getenv("AGENT_MODEL", "claude-sonnet-4-20250514")
    agent_max_tokens: int = int(os.getenv("AGENT_MAX_TOKENS", "2048"))
    responses_model: str = os.getenv("RESPONSES_MODEL", "gpt-4.1")
    image_model: str = os.getenv("IMAGE_MODEL", "gpt-image-1")
    embedding_model: str = os.getenv("EMBEDDING_MODEL", "text-embedding-3-small")
    intent_model: str = os.getenv("INTENT_MODEL", "llama-3.1-8b-instant")
    translate_model: str = os.getenv("TRANSLATE_MODEL", "llama-3.3-70b-versatile")
    transcribe_model: str = os.getenv("TRANSCRIBE_MODEL", "whisper-large-v3-turbo")
    mistral_model: str = os.getenv("MISTRAL_MODEL", "mistral-small-latest")
    codestral_model: str = os.getenv("CODESTRAL_MODEL", "codestral-latest")
    local_model: str = os.getenv("OLLAMA_MODEL", "llama3.2:3b")
    local_embedding_model: str = os.getenv("OLLAMA_EMBED_MODEL", "nomic-embed-text")
    fallback_models: List[str] = field(
        default_factory=lambda: _env_list(
            "FALLBACK_MODELS", "anthropic/claude-3-5-haiku-latest,groq/llama-3.3-70b-versatile"
        )
    )


@dataclass(frozen=True)
class Settings:
    slack_bot_token: str = os.getenv("SLACK_BOT_TOKEN", "")
    slack_app_token: str = os.getenv("SLACK_APP_TOKEN", "")
    slack_signing_secret: Optional[str] = os.getenv("SLACK_SIGNING_SECRET")
    bot_user_id: Optional[str] = os.getenv("SLACK_BOT_USER_ID")

    anthropic_api_key: Optional[str] = os.getenv("ANTHROPIC_API_KEY")
    openai_api_key: Optional[str] = os.getenv("OPENAI_API_KEY")
    openai_org: Optional[str] = os.getenv("OPENAI_ORG_ID")
    groq_api_key: Optional[str] = os.getenv("GROQ_API_KEY")
    mistral_api_key: Optional[str] = os.getenv("MISTRAL_API_KEY")
    ollama_host: str = os.getenv("OLLAMA_HOST", "http://ollama.internal:11434")

    redis_url: str = os.getenv("REDIS_URL", "redis://localhost:6379/0")
    database_url: str = os.getenv("DATABASE_URL", "sqlite:///otto.db")
    memory_ttl_seconds: int = int(os.getenv("MEMORY_TTL_SECONDS", str(7 * 24 * 3600)))
    memory_max_turns: int = int(os.getenv("MEMORY_MAX_TURNS", "40"))

    jira_base_url: str = os.getenv("JIRA_BASE_URL", "https://acme.atlassian.net")
    jira_user: str = os.getenv("JIRA_USER", "")
    jira_token: str = os.getenv("JIRA_TOKEN", "")
    search_api_url: str = os.getenv("SEARCH_API_URL", "https://search.internal.acme.io/v2/query")
    transcripts_bucket: str = os.getenv("TRANSCRIPTS_BUCKET", "acme-otto-transcripts")

    # Flip to route new threads through the Responses-API agent (AST-377).
    use_responses_agent: bool = _env_bool("USE_RESPONSES_AGENT", False)
    stream_replies: bool = _env_bool("STREAM_REPLIES", True)
    enabled_tools: List[str] = field(default_factory=lambda: _env_list("ENABLED_TOOLS"))
    log_level: str = os.getenv("LOG_LEVEL", "INFO")
    environment: str = os.getenv("ENVIRONMENT", "dev")

    models: ModelSettings = field(default_factory=ModelSettings)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
