"""Provider client factories.

Clients are cached per process. The worker builds a ClientBundle from these
once at start-up; older module-level activities call the getters directly.
"""
from __future__ import annotations

from functools import lru_cache

import httpx
import voyageai
from anthropic import Anthropic, AnthropicBedrock, AsyncAnthropic, AsyncAnthropicBedrock
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from backoffice.config import get_settings

_DEFAULT_TIMEOUT = httpx.Timeout(90.0, connect=10.0)


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    s = get_settings()
    return OpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org,
        timeout=_DEFAULT_TIMEOUT,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org,
        timeout=_DEFAULT_TIMEOUT,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_anthropic() -> Anthropic:
    return Anthropic(api_key=get_settings().anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=get_settings().anthropic_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_bedrock_anthropic() -> AnthropicBedrock:
    # Contracts must stay in our AWS account (legal requirement), so contract
    # review goes through Bedrock rather than the Anthropic API.
    s = get_settings()
    return AnthropicBedrock(aws_region=s.aws_region, aws_profile=s.aws_profile)


@lru_cache(maxsize=1)
def get_async_bedrock_anthropic() -> AsyncAnthropicBedrock:
    s = get_settings()
    return AsyncAnthropicBedrock(aws_region=s.aws_region, aws_profile=s.aws_profile)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key, timeout_ms=90_000)


@lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_async_voyage() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=get_settings().voyage_api_key, max_retries=3)
