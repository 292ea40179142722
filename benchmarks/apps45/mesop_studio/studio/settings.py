"""Runtime settings, read from the environment once.

We deliberately avoid pydantic-settings here; the app started as a notebook
and the env parsing never grew beyond this.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    environment: str = "dev"
    log_level: str = "INFO"

    openai_api_key: str | None = None
    openai_org: str | None = None
    anthropic_api_key: str | None = None
    google_api_key: str | None = None
    google_project: str | None = None
    google_location: str = "us-central1"
    use_vertex: bool = False
    mistral_api_key: str | None = None
    deepseek_api_key: str | None = None
    deepseek_base_url: str = "https://api.deepseek.com"

    default_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-haiku-latest"
    judge_model: str = "claude-3-5-sonnet-latest"
    embedding_model: str = "text-embedding-3-small"
    image_model: str = "dall-e-3"

    request_timeout: float = 60.0
    max_retries: int = 2
    max_output_tokens: int = 1024
    chunk_chars: int = 6000
    track_usage: bool = True
    enabled_backends: tuple[str, ...] = field(
        default_factory=lambda: ("openai", "anthropic", "google", "mistral", "deepseek")
    )
    history_path: str = ".studio/history.jsonl"


@functools.lru_cache(maxsize=1)
def get_settings() -> Settings:
    enabled = os.environ.get("STUDIO_BACKENDS")
    kwargs = {}
    if enabled:
        kwargs["enabled_backends"] = tuple(b.strip() for b in enabled.split(",") if b.strip())
    return Settings(
        environment=os.environ.get("STUDIO_ENV", "dev"),
        log_level=os.environ.get("STUDIO_LOG_LEVEL", "INFO"),
        openai_api_key=os.environ.get("OPENAI_API_KEY"),
        openai_org=os.environ.get("OPENAI_ORG_ID"),
        anthropic_api_key=os.environ.get("ANTHROPIC_API_KEY"),
        google_api_key=os.environ.get("GOOGLE_API_KEY") or os.environ.get("GEMINI_API_KEY"),
        google_project=os.environ.get("GOOGLE_CLOUD_PROJECT"),
        google_location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        use_vertex=_env_bool("STUDIO_USE_VERTEX"),
        mistral_api_key=os.environ.get("MISTRAL_API_KEY"),
        deepseek_api_key=os.environ.get("DEEPSEEK_API_KEY"),
        deepseek_base_url=os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com"),
        default_model=os.environ.get("STUDIO_DEFAULT_MODEL", "gpt-4o-mini"),
        summary_model=os.environ.get("STUDIO_SUMMARY_MODEL", "claude-3-5-haiku-latest"),
        judge_model=os.environ.get("STUDIO_JUDGE_MODEL", "claude-3-5-sonnet-latest"),
        request_timeout=float(os.environ.get("STUDIO_TIMEOUT", "60")),
        max_retries=int(os.environ.get("STUDIO_MAX_RETRIES", "2")),
        track_usage=_env_bool("STUDIO_TRACK_USAGE", True),
        history_path=os.environ.get("STUDIO_HISTORY_PATH", ".studio/history.jsonl"),
        **kwargs,
    )
