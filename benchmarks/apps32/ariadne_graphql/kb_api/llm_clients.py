"""Construction of the provider SDK clients.

Every client is built once per process. Resolvers get them through the
GraphQL context (see ``kb_api.context``); jobs and scripts call the getters.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

import anthropic
import cohere
import replicate
from groq import AsyncGroq, Groq
from openai import AsyncAzureOpenAI, AsyncOpenAI, OpenAI

from kb_api.settings import get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> AsyncOpenAI | AsyncAzureOpenAI:
    settings = get_settings()
    if settings.use_azure:
        log.info("using Azure OpenAI endpoint %s", settings.azure_endpoint)
        return AsyncAzureOpenAI(
            azure_endpoint=settings.azure_endpoint,
            api_key=settings.azure_api_key,
            api_version=settings.azure_api_version,
        )
    return AsyncOpenAI(api_key=settings.openai_api_key, max_retries=3, timeout=30.0)


@lru_cache(maxsize=1)
def get_sync_openai_client() -> OpenAI:
    """Blocking client for the worker and the scripts."""
    return OpenAI(api_key=get_settings().openai_api_key, max_retries=5)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=get_settings().cohere_api_key)


@lru_cache(maxsize=1)
def get_groq_client() -> AsyncGroq:
    return AsyncGroq(api_key=get_settings().groq_api_key)


def make_sync_groq() -> Groq:
    return Groq(api_key=get_settings().groq_api_key)


@lru_cache(maxsize=1)
def get_deepseek_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.deepseek_api_key, base_url=settings.deepseek_base_url)


@lru_cache(maxsize=1)
def get_replicate_client() -> replicate.Client:
    return replicate.Client(api_token=get_settings().replicate_api_token)


@dataclass
class LLMClients:
    """Bundle handed to the GraphQL context as ``info.context["llm"]``."""

    openai: AsyncOpenAI | AsyncAzureOpenAI
    anthropic: anthropic.AsyncAnthropic
    cohere: cohere.AsyncClientV2
    groq: AsyncGroq
    deepseek: AsyncOpenAI
    replicate: replicate.Client

    @classmethod
    def from_settings(cls) -> "LLMClients":
        return cls(
            openai=get_openai_client(),
            anthropic=get_anthropic_client(),
            cohere=get_cohere_client(),
            groq=get_groq_client(),
            deepseek=get_deepseek_client(),
            replicate=get_replicate_client(),
        )

    async def aclose(self) -> None:
        await self.openai.close()
        await self.anthropic.close()
        await self.groq.close()
        await self.deepseek.close()
