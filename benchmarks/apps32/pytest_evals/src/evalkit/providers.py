"""Client construction for every provider we evaluate.

Keep constructors here so timeouts / retries are set in one place.
"""
from __future__ import annotations

import functools
import os
from typing import Any, Callable, Dict

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from cerebras.cloud.sdk import Cerebras
from google import genai
from openai import AsyncOpenAI, OpenAI

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
DEFAULT_TIMEOUT = float(os.environ.get("EVAL_HTTP_TIMEOUT", "60"))


def make_openai_client(api_key: str | None = None, **kwargs: Any) -> OpenAI:
    return OpenAI(
        api_key=api_key or os.environ.get("OPENAI_API_KEY"),
        timeout=DEFAULT_TIMEOUT,
        max_retries=kwargs.pop("max_retries", 3),
        **kwargs,
    )


def make_async_openai_client(api_key: str | None = None) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=api_key or os.environ.get("OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    """Process-wide client used by scripts and the report generator."""
    return make_openai_client()


def make_anthropic_client(api_key: str | None = None) -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=api_key or os.environ.get("ANTHROPIC_API_KEY"),
        timeout=DEFAULT_TIMEOUT,
        max_retries=3,
    )


def make_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(timeout=DEFAULT_TIMEOUT)


def make_genai_client(vertex: bool = False) -> genai.Client:
    if vertex:
        return genai.Client(
            vertexai=True,
            project=os.environ["GOOGLE_CLOUD_PROJECT"],
            location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        )
    return genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))


def make_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=os.environ.get("CO_API_KEY"), timeout=DEFAULT_TIMEOUT)


def make_fireworks_client() -> OpenAI:
    # Fireworks speaks the OpenAI protocol; no separate SDK needed.
    return OpenAI(
        api_key=os.environ.get("FIREWORKS_API_KEY"),
        base_url=FIREWORKS_BASE_URL,
        timeout=DEFAULT_TIMEOUT,
    )


def make_cerebras_client() -> Cerebras:
    return Cerebras(api_key=os.environ.get("CEREBRAS_API_KEY"))


def make_bedrock_runtime(region: str | None = None):
    return boto3.client(
        "bedrock-runtime",
        region_name=region or os.environ.get("AWS_REGION", "us-east-1"),
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


PROVIDER_FACTORIES: Dict[str, Callable[[], Any]] = {
    "openai": make_openai_client,
    "anthropic": make_anthropic_client,
    "google": make_genai_client,
    "cohere": make_cohere_client,
    "fireworks": make_fireworks_client,
    "cerebras": make_cerebras_client,
    "bedrock": make_bedrock_runtime,
}

DEFAULT_MODELS: Dict[str, str] = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "google": "gemini-2.0-flash",
    "cohere": "command-r-plus-08-2024",
    "fireworks": "accounts/fireworks/models/llama-v3p1-70b-instruct",
    "cerebras": "llama3.1-8b",
    "bedrock": "anthropic.claude-3-haiku-20240307-v1:0",
}
