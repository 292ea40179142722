"""Client factories.

Every SDK client is built here so that timeouts and keys are handled the same
way everywhere. Clients are cheap-ish to build but we cache them per key since
the launcher process lives for the whole desktop session.
"""
from __future__ import annotations

import functools
import logging
from typing import Any, Dict, Optional

import anthropic
from groq import Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from .config import PERPLEXITY_BASE_URL, Settings

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0


@functools.lru_cache(maxsize=4)
def get_openai_client(api_key: str) -> OpenAI:
    log.debug("building OpenAI client")
    return OpenAI(api_key=api_key, timeout=DEFAULT_TIMEOUT, max_retries=1)


@functools.lru_cache(maxsize=2)
def get_async_openai_client(api_key: str) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=api_key, timeout=DEFAULT_TIMEOUT)


def make_anthropic_client(api_key: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=api_key, timeout=DEFAULT_TIMEOUT, max_retries=1)


def make_groq_client(api_key: str) -> Groq:
    return Groq(api_key=api_key, timeout=DEFAULT_TIMEOUT)


def make_mistral_client(api_key: str) -> Mistral:
    return Mistral(api_key=api_key, timeout_ms=int(DEFAULT_TIMEOUT * 1000))


def make_perplexity_client(api_key: str) -> OpenAI:
    # Perplexity speaks the OpenAI wire format
    return OpenAI(api_key=api_key, base_url=PERPLEXITY_BASE_URL, timeout=DEFAULT_TIMEOUT)


_FACTORIES = {
    "openai": get_openai_client,
    "anthropic": make_anthropic_client,
    "groq": make_groq_client,
    "mistral": make_mistral_client,
    "perplexity": make_perplexity_client,
}


class ClientPool:
    """Holds one client per provider; lives on the Extension instance."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._clients: Dict[str, Any] = {}

    def update(self, settings: Settings) -> None:
        if settings.keys != self.settings.keys:
            self._clients.clear()
        self.settings = settings

    def get(self, provider: Optional[str] = None) -> Any:
        provider = provider or self.settings.provider
        if provider not in self._clients:
            key = self.settings.key_for(provider)
            if not key:
                raise MissingKeyError(provider)
            self._clients[provider] = _FACTORIES[provider](key)
        return self._clients[provider]

    @property
    def openai(self) -> OpenAI:
        return self.get("openai")

    @property
    def anthropic(self) -> anthropic.Anthropic:
        return self.get("anthropic")

    @property
    def groq(self) -> Groq:
        return self.get("groq")

    @property
    def mistral(self) -> Mistral:
        return self.get("mistral")

    @property
    def perplexity(self) -> OpenAI:
        return self.get("perplexity")


class MissingKeyError(RuntimeError):
    def __init__(self, provider: str):
        super().__init__(f"No API key configured for {provider}")
        self.provider = provider
