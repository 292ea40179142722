"""Runtime configuration shared by every function.

Values come from environment variables set at deploy time (see
scripts/deploy.py). Anything sensitive is *not* here -- use
``common.secrets.Secrets`` for API keys.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    project_id: str = field(default_factory=lambda: _env("GOOGLE_CLOUD_PROJECT", "wanderly-content-dev"))
    region: str = field(default_factory=lambda: _env("FUNCTION_REGION", "europe-west1"))
    vertex_location: str = field(default_factory=lambda: _env("VERTEX_LOCATION", "europe-west4"))
    # Claude on Vertex is only in a handful of regions
    claude_region: str = field(default_factory=lambda: _env("CLAUDE_REGION", "us-east5"))

    llm_provider: str = field(default_factory=lambda: _env("LLM_PROVIDER", "gemini"))
    gemini_model: str = field(default_factory=lambda: _env("GEMINI_MODEL", "gemini-2.0-flash-001"))
    gemini_pro_model: str = field(default_factory=lambda: _env("GEMINI_PRO_MODEL", "gemini-1.5-pro-002"))
    claude_model: str = field(default_factory=lambda: _env("CLAUDE_MODEL", "claude-3-5-sonnet-v2@20241022"))
    claude_haiku_model: str = field(default_factory=lambda: _env("CLAUDE_HAIKU_MODEL", "claude-3-5-haiku@20241022"))
    openai_model: str = field(default_factory=lambda: _env("OPENAI_MODEL", "gpt-4o-mini"))
    mistral_model: str = field(default_factory=lambda: _env("MISTRAL_MODEL", "mistral-large-latest"))
    cohere_chat_model: str = field(default_factory=lambda: _env("COHERE_CHAT_MODEL", "command-r-plus-08-2024"))
    cohere_rerank_model: str = field(default_factory=lambda: _env("COHERE_RERANK_MODEL", "rerank-v3.5"))
    cohere_embed_model: str = field(default_factory=lambda: _env("COHERE_EMBED_MODEL", "embed-multilingual-v3.0"))
    deepseek_model: str = field(default_factory=lambda: _env("DEEPSEEK_MODEL", "deepseek-chat"))
    deepseek_base_url: str = field(default_factory=lambda: _env("DEEPSEEK_BASE_URL", "https://api.deepseek.com"))
    embedding_model: str = field(default_factory=lambda: _env("EMBEDDING_MODEL", "text-multilingual-embedding-002"))

    content_collection: str = field(default_factory=lambda: _env("CONTENT_COLLECTION", "listings"))
    usage_collection: str = field(default_factory=lambda: _env("USAGE_COLLECTION", "llm_usage"))
    results_topic: str = field(default_factory=lambda: _env("RESULTS_TOPIC", "content-results"))
    translate_topic: str = field(default_factory=lambda: _env("TRANSLATE_TOPIC", "content-translate"))
    assets_bucket: str = field(default_factory=lambda: _env("ASSETS_BUCKET", "wanderly-content-assets"))

    dry_run: bool = field(default_factory=lambda: _env_bool("DRY_RUN"))
    debug: bool = field(default_factory=lambda: _env_bool("DEBUG"))


_settings: Settings | None = None


def get_settings() -> Settings:
    """Settings are read once per instance (env vars don't change between invocations)."""
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings


SUPPORTED_LOCALES = ("en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL")
DEFAULT_LOCALE = "en-GB"
