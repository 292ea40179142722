"""Client factories.

All factories are cached so a single `pulumi up` doesn't open dozens of
connection pools. Nothing here performs a request.
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import boto3
from botocore.config import Config as BotoConfig
from google import genai
from groq import Groq
from openai import AsyncOpenAI, OpenAI

from infra_ai.settings import SETTINGS


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),
        timeout=60.0,
        max_retries=3,
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"), timeout=60.0)


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"), max_retries=2)


@lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=4)
def get_bedrock_runtime(region: str | None = None):
    return boto3.client(
        "bedrock-runtime",
        region_name=region or SETTINGS.aws_region,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


@lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    if os.getenv("GOOGLE_GENAI_USE_VERTEXAI"):
        return genai.Client(
            vertexai=True,
            project=os.environ["GOOGLE_CLOUD_PROJECT"],
            location=os.getenv("GOOGLE_CLOUD_LOCATION", "europe-west4"),
        )
    return genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))


@lru_cache(maxsize=1)
def get_groq() -> Groq:
    return Groq(api_key=os.environ.get("GROQ_API_KEY"))


def reset_clients() -> None:
    """Used by tests to drop cached clients between fakes."""
    for fn in (get_openai, get_async_openai, get_anthropic, get_async_anthropic,
               get_bedrock_runtime, get_genai, get_groq):
        fn.cache_clear()
