"""Client factories for every model provider we talk to.

Clients are expensive-ish to build (connection pools), so the module-level getters are
cached. DependencyProviders call these from ``setup()``; scripts call them directly.
"""
import logging
from functools import lru_cache
from typing import Optional

import boto3
from anthropic import Anthropic, AnthropicBedrock
from cerebras.cloud.sdk import Cerebras
from mistralai import Mistral
from openai import OpenAI

from common.config import (
    DEEPSEEK_BASE_URL,
    DEEPSEEK_BETA_BASE_URL,
    PERPLEXITY_BASE_URL,
    get_settings,
)

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = get_settings()
    log.debug("building OpenAI client (timeout=%s)", settings.timeout)
    return OpenAI(api_key=settings.openai_api_key, timeout=settings.timeout, max_retries=2)


@lru_cache(maxsize=1)
def get_anthropic_client() -> Anthropic:
    settings = get_settings()
    return Anthropic(api_key=settings.anthropic_api_key, timeout=settings.timeout)


@lru_cache(maxsize=4)
def get_bedrock_claude_client(region: Optional[str] = None) -> AnthropicBedrock:
    settings = get_settings()
    return AnthropicBedrock(aws_region=region or settings.bedrock_region)


@lru_cache(maxsize=4)
def get_bedrock_runtime(region: Optional[str] = None):
    settings = get_settings()
    session = boto3.session.Session()
    return session.client("bedrock-runtime", region_name=region or settings.bedrock_region)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    settings = get_settings()
    return Mistral(api_key=settings.mistral_api_key, timeout_ms=int(settings.timeout * 1000))


@lru_cache(maxsize=1)
def get_cerebras_client() -> Cerebras:
    settings = get_settings()
    return Cerebras(api_key=settings.cerebras_api_key)


@lru_cache(maxsize=1)
def get_perplexity_client() -> OpenAI:
    """Perplexity's API is OpenAI-compatible, so we reuse the openai SDK."""
    settings = get_settings()
    return OpenAI(api_key=settings.perplexity_api_key, base_url=PERPLEXITY_BASE_URL)


@lru_cache(maxsize=2)
def get_deepseek_client(beta: bool = False) -> OpenAI:
    """DeepSeek client. FIM completion is only served from the /beta base url."""
    settings = get_settings()
    base_url = DEEPSEEK_BETA_BASE_URL if beta else DEEPSEEK_BASE_URL
    return OpenAI(api_key=settings.deepseek_api_key, base_url=base_url)


def reset_client_cache() -> None:
    for getter in (
        get_openai_client,
        get_anthropic_client,
        get_bedrock_claude_client,
        get_bedrock_runtime,
        get_mistral_client,
        get_cerebras_client,
        get_perplexity_client,
        get_deepseek_client,
    ):
        getter.cache_clear()
