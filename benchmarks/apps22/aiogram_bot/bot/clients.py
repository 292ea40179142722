"""Construction of the third-party AI clients.

Everything that needs an API key lives here so that handlers never read env
vars themselves.  Clients are cached per process; `build_ai_clients()` gives the
bundle that goes into the dispatcher's workflow data.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import boto3
import cohere
from anthropic import AsyncAnthropic
from botocore.config import Config as BotoConfig
from google import genai
from openai import AsyncOpenAI, OpenAI

from bot.config import get_settings


@lru_cache
def get_openai() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key.get_secret_value(), max_retries=3, timeout=60)


@lru_cache
def get_openai_sync() -> OpenAI:
    # used by scripts and by the legacy scheduler jobs that run in threads
    return OpenAI(api_key=get_settings().openai_api_key.get_secret_value())


@lru_cache
def get_deepseek() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(
        api_key=settings.deepseek_api_key.get_secret_value(),
        base_url=settings.deepseek_base_url,
        timeout=90,
    )


@lru_cache
def get_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=get_settings().anthropic_api_key.get_secret_value())


@lru_cache
def get_genai() -> genai.Client:
    return genai.Client(api_key=get_settings().gemini_api_key.get_secret_value())


@lru_cache
def get_cohere() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=get_settings().cohere_api_key.get_secret_value())


@lru_cache
def get_bedrock() -> Any:
    settings = get_settings()
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.aws_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


@dataclass(frozen=True, slots=True)
class AIClients:
    openai: AsyncOpenAI
    deepseek: AsyncOpenAI
    anthropic: AsyncAnthropic
    genai: genai.Client
    cohere: cohere.AsyncClientV2
    bedrock: Any


def build_ai_clients() -> AIClients:
    return AIClients(
        openai=get_openai(),
        deepseek=get_deepseek(),
        anthropic=get_anthropic(),
        genai=get_genai(),
        cohere=get_cohere(),
        bedrock=get_bedrock(),
    )


async def close_ai_clients(clients: AIClients) -> None:
    await clients.openai.close()
    await clients.deepseek.close()
    await clients.anthropic.close()
