"""Process-wide SDK clients.

Every backend used to construct its own client which meant five different
connection pools per worker.  These cached getters are the one place where
SDK clients get built now (Ivo, 2024-03).  ``reset_clients()`` is used by the
tests and by the SIGHUP handler in ``server.py``.
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from google import genai
from openai import AsyncOpenAI, OpenAI


@lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    return OpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),
        timeout=float(os.environ.get("OPENAI_TIMEOUT", "30")),
        max_retries=2,
    )


@lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


@lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=None)
def get_genai_client() -> genai.Client:
    if os.environ.get("GOOGLE_GENAI_USE_VERTEXAI") == "1":
        return genai.Client(
            vertexai=True,
            project=os.environ["GOOGLE_CLOUD_PROJECT"],
            location=os.environ.get("GOOGLE_CLOUD_LOCATION", "us-central1"),
        )
    return genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))


@lru_cache(maxsize=None)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=os.environ.get("CO_API_KEY"))


@lru_cache(maxsize=4)
def get_bedrock_runtime(region: str = "us-east-1"):
    return boto3.client(
        "bedrock-runtime",
        region_name=region,
        config=BotoConfig(retries={"max_attempts": 3, "mode": "adaptive"}, read_timeout=120),
    )


def reset_clients() -> None:
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_genai_client,
        get_cohere_client,
        get_bedrock_runtime,
    ):
        getter.cache_clear()
