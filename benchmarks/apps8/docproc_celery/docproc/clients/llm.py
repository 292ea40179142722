"""OpenAI and Anthropic client factories."""
from functools import lru_cache

import anthropic
from openai import AsyncOpenAI, OpenAI

from docproc.settings import get_settings


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org_id,
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(
        api_key=s.openai_api_key,
        organization=s.openai_org_id,
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(
        api_key=s.anthropic_api_key,
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    s = get_settings()
    return anthropic.AsyncAnthropic(api_key=s.anthropic_api_key, timeout=s.llm_timeout_s)
