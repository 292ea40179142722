"""Shared SDK clients.

Every adapter, grader and metric gets its client from here so that key handling,
timeouts and connection pools live in one place. Clients are cached per process.

Note: SDK-level retries are switched off (max_retries=0) because the runner has its
own retry/backoff policy (see evalkit.runner.limits) and we don't want both stacking.
"""
from __future__ import annotations

import functools
import logging

import anthropic
import litellm
import voyageai
from litellm import Router
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI
from together import Together
from xai_sdk import Client as XaiClient

from evalkit.config import get_settings

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, timeout=s.request_timeout, max_retries=0)


@functools.lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, timeout=s.request_timeout, max_retries=0)


@functools.lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(api_key=s.anthropic_api_key, timeout=s.request_timeout, max_retries=0)


@functools.lru_cache(maxsize=None)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    s = get_settings()
    return anthropic.AsyncAnthropic(api_key=s.anthropic_api_key, timeout=s.request_timeout, max_retries=0)


@functools.lru_cache(maxsize=None)
def get_together_client() -> Together:
    s = get_settings()
    return Together(api_key=s.together_api_key, timeout=s.request_timeout, max_retries=0)


@functools.lru_cache(maxsize=None)
def get_fireworks_client() -> OpenAI:
    # Fireworks speaks the OpenAI wire protocol; their own SDK lagged behind on
    # structured outputs when we set this up, so we just point the openai client at it.
    s = get_settings()
    return OpenAI(
        api_key=s.fireworks_api_key,
        base_url="https://api.fireworks.ai/inference/v1",
        timeout=s.request_timeout,
        max_retries=0,
    )


@functools.lru_cache(maxsize=None)
def get_xai_client() -> XaiClient:
    s = get_settings()
    return XaiClient(api_key=s.xai_api_key, timeout=s.request_timeout)


@functools.lru_cache(maxsize=None)
def get_mistral_client() -> Mistral:
    s = get_settings()
    return Mistral(api_key=s.mistral_api_key, timeout_ms=int(s.request_timeout * 1000))


@functools.lru_cache(maxsize=None)
def get_voyage_client() -> voyageai.Client:
    s = get_settings()
    return voyageai.Client(api_key=s.voyage_api_key, max_retries=3, timeout=s.request_timeout)


@functools.lru_cache(maxsize=None)
def get_judge_router() -> Router:
    """Judge calls are load-balanced across two vendors so one outage doesn't stall CI."""
    s = get_settings()
    model_list = [
        {
            "model_name": "judge",
            "litellm_params": {"model": "anthropic/claude-3-5-sonnet-20241022", "api_key": s.anthropic_api_key},
        },
        {
            "model_name": "judge",
            "litellm_params": {"model": "openai/gpt-4o-2024-08-06", "api_key": s.openai_api_key},
        },
    ]
    return Router(model_list=model_list, routing_strategy="simple-shuffle", num_retries=2, allowed_fails=3)


# Used by the dataset tooling, where we don't care which vendor answers and want
# litellm's provider-prefixed model names ("gpt-4o-mini", "mistral/mistral-small-latest", ...).
litellm_complete = functools.partial(litellm.completion, num_retries=3, timeout=120)
