"""Runtime configuration.

Everything is read from the environment once at import time; the values are
frozen so that servicers can hold a reference without worrying about reloads.
Secrets come from the k8s secret mounted as env vars (see deploy/values.yaml).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Optional


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    try:
        return int(raw) if raw is not None else default
    except ValueError:
        return default


def _env_bool(name: str, default: bool = False) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    return raw.lower() in ("1", "true", "yes", "on")


# Vendor endpoints that are not the SDK default.
OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
PERPLEXITY_BASE_URL = "https://api.perplexity.ai"
DEFAULT_OLLAMA_HOST = "http://127.0.0.1:11434"


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: _env("MODELGW_ENV", "dev"))
    listen_addr: str = field(default_factory=lambda: _env("MODELGW_LISTEN", "[::]:50051"))
    max_workers: int = field(default_factory=lambda: _env_int("MODELGW_MAX_WORKERS", 32))
    max_message_mb: int = field(default_factory=lambda: _env_int("MODELGW_MAX_MESSAGE_MB", 32))

    openai_api_key: Optional[str] = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    openai_org: Optional[str] = field(default_factory=lambda: _env("OPENAI_ORG_ID"))
    anthropic_api_key: Optional[str] = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    xai_api_key: Optional[str] = field(default_factory=lambda: _env("XAI_API_KEY"))
    perplexity_api_key: Optional[str] = field(default_factory=lambda: _env("PERPLEXITY_API_KEY"))
    openrouter_api_key: Optional[str] = field(default_factory=lambda: _env("OPENROUTER_API_KEY"))
    cerebras_api_key: Optional[str] = field(default_factory=lambda: _env("CEREBRAS_API_KEY"))
    ollama_host: str = field(default_factory=lambda: _env("OLLAMA_HOST", DEFAULT_OLLAMA_HOST))

    request_timeout_s: float = field(default_factory=lambda: float(_env("MODELGW_TIMEOUT_S", "120")))
    max_retries: int = field(default_factory=lambda: _env_int("MODELGW_MAX_RETRIES", 2))

    # Auth: comma separated "service:token" pairs, rotated by platform-sec.
    service_tokens_raw: str = field(default_factory=lambda: _env("MODELGW_SERVICE_TOKENS", ""))
    auth_disabled: bool = field(default_factory=lambda: _env_bool("MODELGW_AUTH_DISABLED"))

    metrics_port: int = field(default_factory=lambda: _env_int("MODELGW_METRICS_PORT", 9464))
    database_url: str = field(
        default_factory=lambda: _env("DATABASE_URL", "postgres://modelgw@localhost:5432/modelgw")
    )
    artifacts_bucket: str = field(default_factory=lambda: _env("MODELGW_ARTIFACTS_BUCKET", "modelgw-artifacts-dev"))

    warm_ollama_models: str = field(default_factory=lambda: _env("MODELGW_WARM_MODELS", "llama3.1:8b,nomic-embed-text"))
    deep_health_checks: bool = field(default_factory=lambda: _env_bool("MODELGW_DEEP_HEALTH", False))

    default_models: Dict[str, str] = field(
        default_factory=lambda: {
            "openai": "gpt-4.1-mini",
            "anthropic": "claude-sonnet-4-5",
            "xai": "grok-4",
            "perplexity": "sonar-pro",
            "openrouter": "meta-llama/llama-3.3-70b-instruct",
            "cerebras": "llama-3.3-70b",
            "ollama": "llama3.1:8b",
        }
    )

    @property
    def service_tokens(self) -> Dict[str, str]:
        pairs = {}
        for chunk in self.service_tokens_raw.split(","):
            if ":" not in chunk:
                continue
            service, token = chunk.split(":", 1)
            pairs[token.strip()] = service.strip()
        return pairs

    @property
    def enabled_providers(self) -> FrozenSet[str]:
        enabled = {"ollama"}
        for name in ("openai", "anthropic", "xai", "perplexity", "openrouter", "cerebras"):
            if getattr(self, f"{name}_api_key"):
                enabled.add(name)
        return frozenset(enabled)


settings = Settings()
