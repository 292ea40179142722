"""Settings for the gateway components.

Values come from the environment (``GATEWAY_*``) or from the ``.env`` file that
crossbar's guest worker passes along.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(f"GATEWAY_{name}", os.environ.get(name, default))


@dataclass(frozen=True)
class Settings:
    router_url: str = "ws://127.0.0.1:8080/ws"
    realm: str = "realm1"
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    anthropic_api_key: str | None = None
    cohere_api_key: str | None = None
    mistral_api_key: str | None = None
    cerebras_api_key: str | None = None
    default_chat_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-haiku-20241022"
    embed_model: str = "text-embedding-3-small"
    rerank_model: str = "rerank-english-v3.0"
    mistral_model: str = "mistral-small-latest"
    cerebras_model: str = "llama3.1-8b"
    redis_url: str = "redis://localhost:6379/3"
    request_timeout: float = 30.0
    max_prompt_chars: int = 24_000
    feature_flags: dict = field(default_factory=dict)

    @property
    def use_tracked_chat(self) -> bool:
        return bool(self.feature_flags.get("tracked_chat", True))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    flags = {}
    raw = _env("FLAGS", "") or ""
    for item in raw.split(","):
        if "=" in item:
            k, v = item.split("=", 1)
            flags[k.strip()] = v.strip().lower() in ("1", "true", "yes", "on")
    return Settings(
        router_url=_env("ROUTER_URL", "ws://127.0.0.1:8080/ws"),
        realm=_env("REALM", "realm1"),
        openai_api_key=_env("OPENAI_API_KEY"),
        openai_base_url=_env("OPENAI_BASE_URL"),
        anthropic_api_key=_env("ANTHROPIC_API_KEY"),
        cohere_api_key=_env("COHERE_API_KEY") or _env("CO_API_KEY"),
        mistral_api_key=_env("MISTRAL_API_KEY"),
        cerebras_api_key=_env("CEREBRAS_API_KEY"),
        default_chat_model=_env("CHAT_MODEL", "gpt-4o-mini"),
        summary_model=_env("SUMMARY_MODEL", "claude-3-5-haiku-20241022"),
        embed_model=_env("EMBED_MODEL", "text-embedding-3-small"),
        rerank_model=_env("RERANK_MODEL", "rerank-english-v3.0"),
        mistral_model=_env("MISTRAL_MODEL", "mistral-small-latest"),
        cerebras_model=_env("CEREBRAS_MODEL", "llama3.1-8b"),
        redis_url=_env("REDIS_URL", "redis://localhost:6379/3"),
        request_timeout=float(_env("REQUEST_TIMEOUT", "30") or 30),
        feature_flags=flags,
    )
