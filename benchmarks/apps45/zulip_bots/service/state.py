"""Process-wide state for the listener service."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, Optional

import zulip

from botlib.clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_openai_client,
    get_perplexity_client,
)
from botlib.config import LLMSettings


@dataclasses.dataclass
class ServiceState:
    zulip: zulip.Client
    settings: LLMSettings
    llm: Dict[str, Any]
    bot_email: str
    counters: Dict[str, int] = dataclasses.field(default_factory=dict)

    def bump(self, name: str) -> None:
        self.counters[name] = self.counters.get(name, 0) + 1


_STATE: Optional[ServiceState] = None


def build_state(zuliprc: str) -> ServiceState:
    global _STATE
    settings = LLMSettings.from_env()
    client = zulip.Client(config_file=zuliprc, client="AcmeBotsListener/1.4")
    profile = client.get_profile()
    _STATE = ServiceState(
        zulip=client,
        settings=settings,
        llm={
            "openai": get_openai_client(settings.openai_api_key),
            "anthropic": get_anthropic_client(settings.anthropic_api_key),
            "cohere": get_cohere_client(settings.cohere_api_key),
            "perplexity": get_perplexity_client(settings.perplexity_api_key),
            "bedrock": get_bedrock_runtime(settings.aws_region),
        },
        bot_email=profile["email"],
    )
    return _STATE


def get_state() -> ServiceState:
    if _STATE is None:
        raise RuntimeError("service state not initialised; call build_state() first")
    return _STATE
