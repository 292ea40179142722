"""App-level holder for provider clients.

The async clients are created by ``ProviderService.on_start`` (see
``services/providers.py``) and parked on ``app.clients`` so agents/views can
reach them without importing the service. The synchronous getters at the bottom
are for scripts and the legacy code path that is not running inside the worker loop.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from groq import Groq
from openai import OpenAI

from supportstream.config import settings


@dataclass
class ClientsHolder:
    openai: Optional[Any] = None
    anthropic: Optional[Any] = None
    cohere: Optional[Any] = None
    voyage: Optional[Any] = None
    groq: Optional[Any] = None
    deepseek: Optional[Any] = None
    mistral: Optional[Any] = None

    def ready(self) -> bool:
        return all(
            c is not None
            for c in (self.openai, self.anthropic, self.cohere, self.voyage, self.groq, self.deepseek, self.mistral)
        )

    def missing(self) -> list[str]:
        return [name for name, value in vars(self).items() if value is None]

    def clear(self) -> None:
        for name in list(vars(self)):
            setattr(self, name, None)


@lru_cache(maxsize=1)
def get_sync_openai() -> OpenAI:
    return OpenAI(api_key=settings.openai_api_key, max_retries=3, timeout=60)


@lru_cache(maxsize=1)
def get_sync_deepseek() -> OpenAI:
    # DeepSeek speaks the OpenAI wire protocol.
    return OpenAI(api_key=settings.deepseek_api_key, base_url=settings.deepseek_base_url)


@lru_cache(maxsize=1)
def get_groq() -> Groq:
    return Groq(api_key=settings.groq_api_key)
