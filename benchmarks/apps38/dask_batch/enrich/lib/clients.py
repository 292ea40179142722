"""Client factories for every provider we talk to.

Clients are *not* picklable in a useful way (they hold connection pools), so
never ship them inside a task graph. On workers use the ``LLMClientsPlugin``
(see ``enrich.plugins``); on the driver use the cached getters below.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Callable

import boto3
from botocore.config import Config as BotoConfig
from huggingface_hub import InferenceClient
from openai import AsyncOpenAI, OpenAI
from together import Together

from enrich.config import load_settings

DEFAULT_TIMEOUT = 60.0


def make_openai_client(max_retries: int = 0, timeout: float = DEFAULT_TIMEOUT) -> OpenAI:
    # retries are handled by enrich.lib.retry so the rate limiter sees them
    return OpenAI(
        api_key=os.environ["OPENAI_API_KEY"],
        organization=os.environ.get("OPENAI_ORG_ID"),
        max_retries=max_retries,
        timeout=timeout,
    )


def make_async_openai_client(timeout: float = DEFAULT_TIMEOUT) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"], max_retries=0, timeout=timeout)


def make_together_client() -> Together:
    return Together(api_key=os.environ["TOGETHER_API_KEY"], timeout=DEFAULT_TIMEOUT, max_retries=0)


def make_fireworks_client() -> OpenAI:
    """Fireworks speaks the OpenAI wire protocol."""
    settings = load_settings()
    return OpenAI(
        api_key=os.environ["FIREWORKS_API_KEY"],
        base_url=settings.fireworks_base_url,
        max_retries=0,
        timeout=DEFAULT_TIMEOUT,
    )


def make_bedrock_client(region: str | None = None):
    settings = load_settings()
    session = boto3.session.Session(region_name=region or settings.aws_region)
    return session.client(
        "bedrock-runtime",
        config=BotoConfig(
            retries={"max_attempts": 2, "mode": "adaptive"},
            read_timeout=120,
            max_pool_connections=32,
        ),
    )


def make_hf_client(model: str | None = None) -> InferenceClient:
    settings = load_settings()
    return InferenceClient(
        model=model,
        provider=settings.hf_provider,
        token=os.environ.get("HF_TOKEN"),
        timeout=DEFAULT_TIMEOUT,
    )


# name -> factory; used by the worker plugin and by scripts/smoke_test.py
CLIENT_FACTORIES: dict[str, Callable[[], object]] = {
    "openai": make_openai_client,
    "together": make_together_client,
    "fireworks": make_fireworks_client,
    "bedrock": make_bedrock_client,
    "hf": make_hf_client,
}


def build_client(name: str):
    try:
        factory = CLIENT_FACTORIES[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; known: {sorted(CLIENT_FACTORIES)}") from None
    return factory()


# ---------------------------------------------------------------------------
# driver-side cached getters
# ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return make_openai_client(max_retries=2)


@lru_cache(maxsize=1)
def get_together() -> Together:
    return make_together_client()


@lru_cache(maxsize=1)
def get_fireworks() -> OpenAI:
    return make_fireworks_client()


@lru_cache(maxsize=1)
def get_bedrock():
    return make_bedrock_client()
