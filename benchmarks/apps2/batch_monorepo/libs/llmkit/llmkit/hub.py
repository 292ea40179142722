"""Named access to the OpenAI-compatible chat providers used by the jobs."""

from __future__ import annotations

import logging
from enum import Enum
from functools import lru_cache
from typing import Any, Callable, Iterator

from fireworks import Fireworks
from groq import Groq
from openai import AzureOpenAI
from together import Together

from llmkit.clients import get_azure_openai, get_fireworks, get_groq, get_together
from llmkit.config import LLMSettings, get_settings

logger = logging.getLogger(__name__)


class Provider(str, Enum):
    AZURE = "azure"
    GROQ = "groq"
    TOGETHER = "together"
    FIREWORKS = "fireworks"


CLIENT_FOR: dict[Provider, Callable[[], Any]] = {
    Provider.AZURE: get_azure_openai,
    Provider.GROQ: get_groq,
    Provider.TOGETHER: get_together,
    Provider.FIREWORKS: get_fireworks,
}

DEFAULT_CHAT_MODEL: dict[Provider, str] = {
    Provider.AZURE: "gpt-4o-mini",
    Provider.GROQ: "llama-3.3-70b-versatile",
    Provider.TOGETHER: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    Provider.FIREWORKS: "accounts/fireworks/models/llama-v3p1-70b-instruct",
}


class UnknownProviderError(KeyError):
    pass


class ModelHub:
    """Holds one client per provider, addressed by name (``hub["groq"]``)."""

    def __init__(self, settings: LLMSettings | None = None) -> None:
        s = settings or get_settings()
        self._clients: dict[str, Any] = {
            "azure": AzureOpenAI(
                azure_endpoint=s.azure_endpoint,
                api_key=s.azure_api_key,
                api_version=s.azure_api_version,
            ),
            "groq": Groq(api_key=s.groq_api_key, max_retries=3),
            "together": Together(api_key=s.together_api_key),
            "fireworks": Fireworks(api_key=s.fireworks_api_key),
        }
        logger.info("model hub ready: %s", ", ".join(self._clients))

    def __getitem__(self, name: str) -> Any:
        try:
            return self._clients[name]
        except KeyError as exc:
            raise UnknownProviderError(name) from exc

    def __contains__(self, name: object) -> bool:
        return name in self._clients

    def __iter__(self) -> Iterator[str]:
        return iter(self._clients)

    def get(self, name: str, default: Any = None) -> Any:
        return self._clients.get(name, default)

    def names(self) -> list[str]:
        return sorted(self._clients)


@lru_cache(maxsize=1)
def get_hub() -> ModelHub:
    return ModelHub()
