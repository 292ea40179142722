"""The JobContext handed to every scheduled job through add_job(kwargs=...)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from monitor import clients
from monitor.config import Settings
from monitor.services.metrics_store import MetricsStore


@dataclass
class JobContext:
    settings: Settings
    metrics: MetricsStore
    llm: Any = None            # OpenAI client (sync)
    claude: Any = None         # AsyncAnthropic
    grok: Any = None           # AsyncOpenAI pointed at x.ai
    embedder: Any = None       # voyageai.Client
    local_llm: Any = None      # ollama.Client
    bedrock: Any = None        # boto3 bedrock-runtime
    reporters: list = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def log(self) -> logging.Logger:
        return logging.getLogger("monitor.jobs")

    def model_for(self, provider: str, key: str = "model", default: str | None = None) -> str:
        return self.settings.provider(provider).get(key, default)


def build_context(settings: Settings, metrics: MetricsStore | None = None) -> JobContext:
    return JobContext(
        settings=settings,
        metrics=metrics or MetricsStore.from_settings(settings),
        llm=clients.get_openai(),
        claude=clients.get_async_anthropic(),
        grok=clients.get_xai(),
        embedder=clients.get_voyage(),
        local_llm=clients.get_ollama(),
        bedrock=clients.get_bedrock_runtime(),
    )
