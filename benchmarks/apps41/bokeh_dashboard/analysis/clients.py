"""Client factories for the model providers we talk to.

Clients are expensive-ish to build (connection pools, credential lookup), so the
getters are cached per process.  ``server_lifecycle.on_server_loaded`` warms them
once; sessions then pull them from :mod:`analysis.state`.
"""
from __future__ import annotations

import functools
import logging

import boto3
from anthropic import Anthropic
from botocore.config import Config
from mistralai import Mistral
from openai import OpenAI

from config import settings

log = logging.getLogger(__name__)

_BEDROCK_RETRY = Config(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    log.info("building OpenAI client")
    return OpenAI(api_key=settings.openai_api_key or None, timeout=60.0, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> Anthropic:
    return Anthropic(api_key=settings.anthropic_api_key or None, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key)


@functools.lru_cache(maxsize=1)
def get_fireworks_client() -> OpenAI:
    """Fireworks speaks the OpenAI wire protocol; only the base URL differs."""
    return OpenAI(
        api_key=settings.fireworks_api_key,
        base_url=settings.fireworks_base_url,
        timeout=90.0,
    )


def make_bedrock_runtime(region: str | None = None):
    """Not cached: boto3 clients are cheap and sessions may override the region."""
    return boto3.client(
        "bedrock-runtime",
        region_name=region or settings.aws_region,
        config=_BEDROCK_RETRY,
    )


def reset_clients() -> None:
    """Used by tests and by the admin 'reload keys' button."""
    for getter in (get_openai_client, get_anthropic_client, get_mistral_client, get_fireworks_client):
        getter.cache_clear()
