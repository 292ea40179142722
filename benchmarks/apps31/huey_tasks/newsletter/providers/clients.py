"""Lazily created SDK clients.

Clients are expensive-ish to build (httpx pools, boto sessions) and the huey
consumer forks workers, so we build them on first use inside each worker.
"""
import functools
import os

import anthropic
import boto3
import cohere
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from newsletter.config import settings

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"
DEEPSEEK_BASE_URL = "https://api.deepseek.com"


@functools.lru_cache(maxsize=None)
def get_openai_client():
    return OpenAI(api_key=settings.openai_api_key, max_retries=2, timeout=60)


@functools.lru_cache(maxsize=None)
def get_async_openai_client():
    return AsyncOpenAI(api_key=settings.openai_api_key)


@functools.lru_cache(maxsize=None)
def get_anthropic_client():
    return anthropic.Anthropic(api_key=settings.anthropic_api_key)


@functools.lru_cache(maxsize=None)
def get_async_anthropic_client():
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


@functools.lru_cache(maxsize=None)
def get_mistral_client():
    return Mistral(api_key=settings.mistral_api_key)


@functools.lru_cache(maxsize=None)
def get_cohere_client():
    return cohere.ClientV2(api_key=settings.cohere_api_key)


@functools.lru_cache(maxsize=None)
def get_perplexity_client():
    return OpenAI(api_key=settings.perplexity_api_key, base_url=PERPLEXITY_BASE_URL)


@functools.lru_cache(maxsize=None)
def get_deepseek_client():
    return OpenAI(api_key=settings.deepseek_api_key, base_url=DEEPSEEK_BASE_URL)


_bedrock_runtime = None


def get_bedrock_runtime():
    global _bedrock_runtime
    if _bedrock_runtime is None:
        session = boto3.Session(
            profile_name=os.environ.get("AWS_PROFILE"), region_name=settings.aws_region
        )
        _bedrock_runtime = session.client("bedrock-runtime")
    return _bedrock_runtime


def reset_clients():
    """Used by tests and after fork."""
    global _bedrock_runtime
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_mistral_client,
        get_cohere_client,
        get_perplexity_client,
        get_deepseek_client,
    ):
        getter.cache_clear()
    _bedrock_runtime = None
