"""Settings loaded from the environment.

Everything is read once at import time via ``get_settings()``; tests can call
``get_settings.cache_clear()`` after monkeypatching the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except (TypeError, ValueError):
        return default


@dataclass(frozen=True)
class BrokerSettings:
    frontend_bind: str = "tcp://*:5555"
    backend_bind: str = "tcp://*:5556"
    events_bind: str = "tcp://*:5557"
    heartbeat_interval_ms: int = 2500
    heartbeat_liveness: int = 3


@dataclass(frozen=True)
class Settings:
    broker: BrokerSettings = field(default_factory=BrokerSettings)
    frontend_url: str = "tcp://localhost:5555"
    backend_url: str = "tcp://localhost:5556"
    serializer: str = "msgpack"

    openai_api_key: str | None = None
    openai_base_url: str | None = None
    anthropic_api_key: str | None = None
    google_api_key: str | None = None
    google_use_vertex: bool = False
    google_project: str | None = None
    google_location: str = "us-central1"
    voyage_api_key: str | None = None
    xai_api_key: str | None = None

    summarize_model: str = "gpt-4o-mini"
    summarize_long_model: str = "claude-3-5-sonnet-latest"
    translate_provider: str = "xai"
    translate_model: str = "grok-2-latest"
    embed_provider: str = "voyage"
    embed_model: str = "voyage-3"
    moderation_model: str = "omni-moderation-latest"
    gemini_model: str = "gemini-2.0-flash"

    max_doc_chars: int = 120_000
    request_timeout_s: float = 60.0
    use_tracked_service: bool = True
    results_dir: str = "/var/lib/zmq-workers/results"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    broker = BrokerSettings(
        frontend_bind=os.environ.get("BROKER_FRONTEND_BIND", "tcp://*:5555"),
        backend_bind=os.environ.get("BROKER_BACKEND_BIND", "tcp://*:5556"),
        events_bind=os.environ.get("BROKER_EVENTS_BIND", "tcp://*:5557"),
        heartbeat_interval_ms=_env_int("BROKER_HEARTBEAT_MS", 2500),
        heartbeat_liveness=_env_int("BROKER_HEARTBEAT_LIVENESS", 3),
    )
    return Settings(
        broker=broker,
        frontend_url=os.environ.get("ZMQ_FRONTEND_URL", "tcp://localhost:5555"),
        backend_url=os.environ.get("ZMQ_BACKEND_URL", "tcp://localhost:5556"),
        serializer=os.environ.get("ZMQ_SERIALIZER", "msgpack"),
        openai_api_key=os.environ.get("OPENAI_API_KEY"),
        openai_base_url=os.environ.get("OPENAI_BASE_URL"),
        anthropic_api_key=os.environ.get("ANTHROPIC_API_KEY"),
        google_api_key=os.environ.get("GOOGLE_API_KEY") or os.environ.get("GEMINI_API_KEY"),
        google_use_vertex=_env_bool("GOOGLE_GENAI_USE_VERTEXAI"),
        google_project=os.environ.get("GOOGLE_CLOUD_PROJECT"),
        google_location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        voyage_api_key=os.environ.get("VOYAGE_API_KEY"),
        xai_api_key=os.environ.get("XAI_API_KEY"),
        summarize_model=os.environ.get("SUMMARIZE_MODEL", "gpt-4o-mini"),
        summarize_long_model=os.environ.get("SUMMARIZE_LONG_MODEL", "claude-3-5-sonnet-latest"),
        translate_provider=os.environ.get("TRANSLATE_PROVIDER", "xai"),
        translate_model=os.environ.get("TRANSLATE_MODEL", "grok-2-latest"),
        embed_provider=os.environ.get("EMBED_PROVIDER", "voyage"),
        embed_model=os.environ.get("EMBED_MODEL", "voyage-3"),
        moderation_model=os.environ.get("MODERATION_MODEL", "omni-moderation-latest"),
        gemini_model=os.environ.get("GEMINI_MODEL", "gemini-2.0-flash"),
        max_doc_chars=_env_int("MAX_DOC_CHARS", 120_000),
        use_tracked_service=_env_bool("USE_TRACKED_SERVICE", True),
        results_dir=os.environ.get("RESULTS_DIR", "/var/lib/zmq-workers/results"),
    )


# Legacy modules import this name directly.
settings = get_settings()
