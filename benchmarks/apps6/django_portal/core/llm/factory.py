"""Construction of provider clients from Django settings.

Everything here is cheap to call repeatedly: the getters are cached per
process, so Celery workers and gunicorn workers each hold one client per
provider.
"""
import functools
import logging

import boto3
import httpx
import voyageai
from anthropic import Anthropic, AsyncAnthropic
from botocore.config import Config as BotoConfig
from django.conf import settings
from mistralai import Mistral
from openai import AzureOpenAI, OpenAI

from .errors import ProviderNotConfigured

logger = logging.getLogger(__name__)

_BEDROCK_RETRY = BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=90)


def _require(name):
    value = getattr(settings, name, None)
    if not value:
        raise ProviderNotConfigured(f"settings.{name} is not set")
    return value


@functools.lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    return OpenAI(
        api_key=_require("OPENAI_API_KEY"),
        organization=settings.OPENAI_ORG_ID,
        max_retries=3,
    )


@functools.lru_cache(maxsize=1)
def get_azure_openai_client() -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=_require("AZURE_OPENAI_API_KEY"),
        api_version=settings.AZURE_OPENAI_API_VERSION,
    )


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> Anthropic:
    return Anthropic(api_key=_require("ANTHROPIC_API_KEY"), max_retries=3)


@functools.lru_cache(maxsize=1)
def get_async_anthropic_client() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=_require("ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_bedrock_runtime():
    logger.debug("creating bedrock-runtime client in %s", settings.AWS_REGION)
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.AWS_REGION,
        config=_BEDROCK_RETRY,
    )


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=_require("MISTRAL_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_xai_client() -> OpenAI:
    return OpenAI(api_key=_require("XAI_API_KEY"), base_url=settings.XAI_BASE_URL)


@functools.lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=_require("VOYAGE_API_KEY"), max_retries=3)


@functools.lru_cache(maxsize=1)
def get_http_client() -> httpx.Client:
    return httpx.Client(timeout=settings.LLM_HTTP_TIMEOUT)


_BUILDERS = {
    "openai": get_openai_client,
    "azure": get_azure_openai_client,
    "anthropic": get_anthropic_client,
    "bedrock": get_bedrock_runtime,
    "mistral": get_mistral_client,
    "xai": get_xai_client,
    "voyage": get_voyage_client,
}


def build_client(provider: str):
    """Return the shared client for ``provider`` (see ``_BUILDERS``)."""
    try:
        builder = _BUILDERS[provider]
    except KeyError:
        raise ProviderNotConfigured(f"unknown provider {provider!r}") from None
    return builder()


def reset_clients():
    """Drop cached clients; used after settings overrides in tests."""
    for builder in _BUILDERS.values():
        builder.cache_clear()
    get_async_anthropic_client.cache_clear()
    get_http_client.cache_clear()
