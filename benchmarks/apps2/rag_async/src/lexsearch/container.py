"""Process-wide dependency container.

Clients are created lazily so that workers which only need one provider do not
pay for importing and configuring the others.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any, AsyncIterator

import aioboto3
import cohere
import voyageai
from anthropic import AsyncAnthropic
from google import genai
from groq import AsyncGroq
from ollama import AsyncClient as OllamaAsyncClient
from openai import AsyncOpenAI, OpenAI
from together import AsyncTogether

from lexsearch.settings import Settings, settings

if TYPE_CHECKING:
    from google.genai.client import AsyncClient as GenaiAsyncClient

logger = logging.getLogger(__name__)


class Container:
    """Holds long-lived SDK clients and shared configuration."""

    def __init__(self, config: Settings) -> None:
        self.settings = config
        self.openai = AsyncOpenAI(
            api_key=config.keys.openai,
            timeout=config.request_timeout,
            max_retries=config.max_retries,
        )
        self._anthropic: AsyncAnthropic | None = None
        self._aws_session = aioboto3.Session(region_name=config.aws.region)

    @property
    def anthropic(self) -> AsyncAnthropic:
        if self._anthropic is None:
            self._anthropic = AsyncAnthropic(
                api_key=self.settings.keys.anthropic,
                timeout=self.settings.request_timeout,
                max_retries=self.settings.max_retries,
            )
        return self._anthropic

    @cached_property
    def openai_sync(self) -> OpenAI:
        return OpenAI(api_key=self.settings.keys.openai, timeout=self.settings.request_timeout)

    @cached_property
    def gemini(self) -> genai.Client:
        return genai.Client(api_key=self.settings.keys.gemini)

    def gemini_aio(self) -> "GenaiAsyncClient":
        return self.gemini.aio

    @cached_property
    def cohere(self) -> cohere.AsyncClientV2:
        return cohere.AsyncClientV2(api_key=self.settings.keys.cohere)

    @cached_property
    def voyage(self) -> voyageai.AsyncClient:
        return voyageai.AsyncClient(api_key=self.settings.keys.voyage, max_retries=3)

    @cached_property
    def groq(self) -> AsyncGroq:
        return AsyncGroq(api_key=self.settings.keys.groq)

    @cached_property
    def together(self) -> AsyncTogether:
        return AsyncTogether(api_key=self.settings.keys.together)

    @cached_property
    def ollama(self) -> OllamaAsyncClient:
        headers = {}
        if self.settings.keys.ollama:
            headers["Authorization"] = f"Bearer {self.settings.keys.ollama}"
        return OllamaAsyncClient(host=self.settings.ollama_host, headers=headers)

    @property
    def aws_session(self) -> aioboto3.Session:
        return self._aws_session

    async def aclose(self) -> None:
        await self.openai.close()
        if self._anthropic is not None:
            await self._anthropic.close()
        if "groq" in self.__dict__:
            await self.groq.close()
        logger.info("container clients closed")


container = Container(settings)


def get_container() -> Container:
    """FastAPI dependency returning the process-wide container."""
    return container


def get_groq() -> AsyncGroq:
    return container.groq


@asynccontextmanager
async def openai_session(timeout: float | None = None) -> AsyncIterator[AsyncOpenAI]:
    """A short-lived OpenAI client with its own connection pool and timeout."""
    client = AsyncOpenAI(
        api_key=container.settings.keys.openai,
        timeout=timeout or container.settings.request_timeout,
    )
    try:
        yield client
    finally:
        await client.close()


@asynccontextmanager
async def bedrock_runtime() -> AsyncIterator[Any]:
    """Yield an aioboto3 bedrock-runtime client bound to the configured region."""
    async with container.aws_session.client(
        "bedrock-runtime", region_name=container.settings.aws.region
    ) as client:
        yield client
