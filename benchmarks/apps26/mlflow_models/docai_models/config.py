"""Runtime configuration for the pyfunc models.

Model configs come from three places, in order of precedence:

1. ``context.model_config`` (set at ``log_model`` time or overridden at serving time)
2. environment variables (Databricks secrets are injected as env vars)
3. the defaults below
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Mapping

DEFAULT_AZURE_API_VERSION = "2024-06-01"
FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
WATSONX_DEFAULT_URL = "https://us-south.ml.cloud.ibm.com"


@dataclass
class ProviderSettings:
    name: str
    model: str
    api_key: str | None = None
    endpoint: str | None = None
    api_version: str | None = None
    region: str | None = None
    project_id: str | None = None
    timeout: float = 60.0
    max_retries: int = 2
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, name: str, raw: Mapping[str, Any]) -> "ProviderSettings":
        known = {k: raw[k] for k in (
            "model", "api_key", "endpoint", "api_version", "region",
            "project_id", "timeout", "max_retries",
        ) if k in raw}
        extra = {k: v for k, v in raw.items() if k not in known}
        if "model" not in known:
            raise ValueError(f"provider {name!r} config is missing 'model'")
        return cls(name=name, extra=extra, **known)


def _env(*names: str, default: str | None = None) -> str | None:
    for n in names:
        val = os.environ.get(n)
        if val:
            return val
    return default


def resolve_api_key(provider: str, explicit: str | None = None) -> str | None:
    if explicit and not explicit.startswith("{{secrets/"):
        return explicit
    return {
        "openai": _env("OPENAI_API_KEY"),
        "azure_openai": _env("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY"),
        "anthropic": _env("ANTHROPIC_API_KEY"),
        "mistral": _env("MISTRAL_API_KEY"),
        "cohere": _env("COHERE_API_KEY", "CO_API_KEY"),
        "fireworks": _env("FIREWORKS_API_KEY"),
        "watsonx": _env("WATSONX_APIKEY", "IBM_CLOUD_API_KEY"),
    }.get(provider)


def load_model_config(context_config: Mapping[str, Any] | None) -> dict[str, ProviderSettings]:
    """Turn ``context.model_config['providers']`` into ProviderSettings."""
    cfg = dict(context_config or {})
    providers = cfg.get("providers", {})
    return {name: ProviderSettings.from_mapping(name, raw) for name, raw in providers.items()}


def feature_flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(f"DOCAI_FF_{name.upper()}")
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}
