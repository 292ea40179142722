"""Cached client getters for every model provider we talk to.

Clients are expensive-ish to build (connection pools, credential chains) and
thread-safe, so we build each one once per process. Background callbacks run
in a separate worker process, which gets its own copies through the same
getters -- do not try to pickle these.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import boto3
from botocore.config import Config as BotoConfig
from google import genai
from groq import Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from config import get_settings

log = logging.getLogger(__name__)

_DEFAULT_TIMEOUT = 60.0


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.openai_api_key, timeout=_DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=_DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    settings = get_settings()
    return anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    settings = get_settings()
    return genai.Client(api_key=settings.google_api_key)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    settings = get_settings()
    return Mistral(api_key=settings.mistral_api_key)


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    settings = get_settings()
    return Groq(api_key=settings.groq_api_key)


@lru_cache(maxsize=1)
def get_together_client() -> OpenAI:
    """Together exposes an OpenAI-compatible endpoint, so we reuse the openai SDK."""
    settings = get_settings()
    return OpenAI(api_key=settings.together_api_key, base_url=settings.together_base_url)


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    settings = get_settings()
    session = boto3.Session(profile_name=settings.aws_profile, region_name=settings.aws_region)
    return session.client(
        "bedrock-runtime",
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


def reset_clients() -> None:
    """Drop all cached clients (used by tests and after key rotation)."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_genai_client,
        get_mistral_client,
        get_groq_client,
        get_together_client,
        get_bedrock_runtime,
    ):
        getter.cache_clear()
    log.info("LLM client caches cleared")
