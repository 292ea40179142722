"""Construction of the provider SDK clients.

Everything here is created once per process (API lifespan or arq worker startup) and
shared; the SDK clients keep their own connection pools.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import cohere
from anthropic import AsyncAnthropic
from google import genai
from mistralai import Mistral
from openai import AsyncOpenAI

from app.config import settings


def _secret(value) -> Optional[str]:
    return value.get_secret_value() if value is not None else None


def build_openai() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=_secret(settings.openai_api_key),
        organization=settings.openai_org,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


def build_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(
        api_key=_secret(settings.anthropic_api_key),
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


def build_genai() -> genai.Client:
    return genai.Client(api_key=_secret(settings.gemini_api_key))


def build_mistral() -> Mistral:
    return Mistral(api_key=_secret(settings.mistral_api_key))


def build_cohere() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=_secret(settings.cohere_api_key))


@dataclass
class ProviderClients:
    openai: AsyncOpenAI
    anthropic: AsyncAnthropic
    genai: genai.Client
    mistral: Mistral
    cohere: cohere.AsyncClientV2

    @classmethod
    def create(cls) -> "ProviderClients":
        return cls(
            openai=build_openai(),
            anthropic=build_anthropic(),
            genai=build_genai(),
            mistral=build_mistral(),
            cohere=build_cohere(),
        )

    async def aclose(self) -> None:
        await self.openai.close()
        await self.anthropic.close()
        # genai / mistral / cohere clean up their transports on GC


_clients: Optional[ProviderClients] = None


def init_clients() -> ProviderClients:
    global _clients
    if _clients is None:
        _clients = ProviderClients.create()
    return _clients


def get_clients() -> ProviderClients:
    """Process-wide clients. Services that are not request-scoped use this."""
    if _clients is None:
        return init_clients()
    return _clients


def get_openai() -> AsyncOpenAI:
    return get_clients().openai


def get_anthropic() -> AsyncAnthropic:
    return get_clients().anthropic


def get_genai() -> genai.Client:
    return get_clients().genai


def get_mistral() -> Mistral:
    return get_clients().mistral


async def close_clients() -> None:
    global _clients
    if _clients is not None:
        await _clients.aclose()
        _clients = None
