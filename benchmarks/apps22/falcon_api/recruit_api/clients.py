"""Provider client construction.

Every SDK client in the service is built here so keys, timeouts and retries are
configured in one place.  Resources get their clients injected by the app
factory (constructor arguments) or, for the async handlers, through
``req.context.clients`` which ``ClientsMiddleware`` fills in.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Optional

import anthropic
import httpx
import voyageai
from google import genai
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from recruit_api.config import Settings

log = logging.getLogger(__name__)

_DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    # reads OPENAI_API_KEY / OPENAI_ORG_ID from the environment
    return OpenAI(timeout=_DEFAULT_TIMEOUT, max_retries=3)


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(timeout=_DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(max_retries=3, timeout=90.0)


def make_async_anthropic(api_key: Optional[str] = None) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=api_key, max_retries=2)


def make_genai_client(settings: Settings) -> genai.Client:
    return genai.Client(api_key=settings.gemini_api_key)


def make_mistral_client(settings: Settings) -> Mistral:
    return Mistral(api_key=settings.mistral_api_key or "")


def make_voyage_client(settings: Settings) -> voyageai.Client:
    return voyageai.Client(api_key=settings.voyage_api_key, max_retries=3)


def make_async_voyage_client(settings: Settings) -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=settings.voyage_api_key, max_retries=3)


@dataclass
class ClientRegistry:
    """Bundle of provider clients handed around the app.

    Built once in ``create_app``; the ASGI lifespan hook in
    ``ClientsMiddleware`` swaps in the async variants.
    """

    openai: OpenAI
    anthropic: anthropic.Anthropic
    gemini: genai.Client
    mistral: Mistral
    voyage: voyageai.Client
    async_openai: Optional[AsyncOpenAI] = None
    async_anthropic: Optional[anthropic.AsyncAnthropic] = None
    async_voyage: Optional[voyageai.AsyncClient] = None
    http: Optional[httpx.AsyncClient] = None

    @classmethod
    def from_settings(cls, settings: Settings) -> "ClientRegistry":
        log.info("building provider clients (env=%s)", settings.env)
        return cls(
            openai=get_openai_client(),
            anthropic=get_anthropic_client(),
            gemini=make_genai_client(settings),
            mistral=make_mistral_client(settings),
            voyage=make_voyage_client(settings),
        )

    async def aclose(self) -> None:
        if self.http is not None:
            await self.http.aclose()
        if self.async_openai is not None:
            await self.async_openai.close()
        if self.async_anthropic is not None:
            await self.async_anthropic.close()
