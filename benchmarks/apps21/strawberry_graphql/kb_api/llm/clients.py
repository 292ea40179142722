"""Process-wide LLM SDK clients.

Clients are cheap to share and hold connection pools, so we build each one once.
FastAPI's lifespan puts a ``LLMClients`` bundle on ``app.state``; code that runs
outside a request (indexer, scripts) uses the cached getters below.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import replicate
from google import genai
from huggingface_hub import AsyncInferenceClient, InferenceClient
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from kb_api.config import get_settings

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, organization=s.openai_org, max_retries=3)


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, organization=s.openai_org, timeout=60.0)


@lru_cache(maxsize=1)
def get_perplexity() -> AsyncOpenAI:
    # Perplexity speaks the OpenAI wire protocol
    return AsyncOpenAI(api_key=get_settings().perplexity_api_key, base_url=PERPLEXITY_BASE_URL)


@lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    return genai.Client(api_key=get_settings().gemini_api_key)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@lru_cache(maxsize=1)
def get_hf() -> InferenceClient:
    return InferenceClient(token=get_settings().hf_token or None, timeout=30)


def get_async_hf(model: str | None = None) -> AsyncInferenceClient:
    return AsyncInferenceClient(model=model, token=get_settings().hf_token or None)


@lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    return replicate.Client(api_token=get_settings().replicate_api_token or os.getenv("REPLICATE_API_TOKEN"))


@dataclass(slots=True)
class LLMClients:
    """Bundle stored on ``app.state.llm`` and exposed through the GraphQL context."""

    openai: AsyncOpenAI
    perplexity: AsyncOpenAI
    gemini: genai.Client
    mistral: Mistral
    hf: AsyncInferenceClient
    replicate: replicate.Client

    @classmethod
    def from_settings(cls) -> "LLMClients":
        return cls(
            openai=get_async_openai(),
            perplexity=get_perplexity(),
            gemini=get_genai(),
            mistral=get_mistral(),
            hf=get_async_hf(),
            replicate=get_replicate(),
        )

    async def aclose(self) -> None:
        await self.openai.close()
        await self.perplexity.close()
