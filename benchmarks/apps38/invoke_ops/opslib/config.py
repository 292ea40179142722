"""Settings for opslib.

Most values come from ``invoke.yaml`` (via ``c.config``) but the worker does not
have an invoke context, so we also read from the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "invoke.yaml"


@dataclass
class OpsSettings:
    openai_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"
    azure_deployment: str = "gpt-4o-ops"
    azure_api_version: str = "2024-06-01"
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    cohere_chat_model: str = "command-r-plus-08-2024"
    cohere_rerank_model: str = "rerank-v3.5"
    xai_model: str = "grok-2-latest"
    replicate_banner_model: str = "black-forest-labs/flux-schnell"
    max_tokens: int = 1200
    broker_url: str = "amqp://guest:guest@localhost:5672//"
    exchange: str = "ops"
    queues: list[str] = field(default_factory=list)

    @property
    def azure_endpoint(self) -> str:
        return os.environ.get("AZURE_OPENAI_ENDPOINT", "https://ops-eastus.openai.azure.com")


def _merge(settings: OpsSettings, llm: Mapping[str, Any], queue: Mapping[str, Any]) -> OpsSettings:
    for key, value in llm.items():
        if hasattr(settings, key):
            setattr(settings, key, value)
    for key, value in queue.items():
        if hasattr(settings, key):
            setattr(settings, key, value)
    return settings


def load_settings(path: Path | None = None) -> OpsSettings:
    path = path or Path(os.environ.get("OPS_CONFIG", DEFAULT_CONFIG))
    settings = OpsSettings()
    if path.exists():
        raw = yaml.safe_load(path.read_text()) or {}
        settings = _merge(settings, raw.get("llm", {}), raw.get("queue", {}))
    if os.environ.get("OPS_OPENAI_MODEL"):
        settings.openai_model = os.environ["OPS_OPENAI_MODEL"]
    return settings


def settings_from_context(c) -> OpsSettings:
    """Build settings from an invoke Context (``c.config``)."""
    settings = OpsSettings()
    llm = c.config.get("llm", {}) or {}
    queue = c.config.get("queue", {}) or {}
    return _merge(settings, dict(llm), dict(queue))


def describe(settings: OpsSettings) -> str:
    """Human-readable dump for ``inv --list`` debugging (no secrets)."""
    rows = [
        ("openai", settings.openai_model),
        ("azure", f"{settings.azure_deployment} @ {settings.azure_endpoint} ({settings.azure_api_version})"),
        ("anthropic", settings.anthropic_model),
        ("cohere", f"{settings.cohere_chat_model} / {settings.cohere_rerank_model}"),
        ("xai", settings.xai_model),
        ("replicate", settings.replicate_banner_model),
    ]
    return "\n".join(f"{k:10} {v}" for k, v in rows)
