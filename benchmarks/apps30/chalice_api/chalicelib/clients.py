"""Shared SDK clients.

Everything here is created at import time (or lazily once, via lru_cache) so
that warm Lambda invocations reuse the same HTTP connection pools. Import the
client you need from here instead of constructing a new one in a handler.
"""
import functools
import logging

import anthropic
import boto3
import cohere
import urllib3
from anthropic import AnthropicBedrock
from botocore.config import Config as BotoConfig
from openai import AzureOpenAI, OpenAI
from together import Together

from chalicelib.config import get_secret, settings

logger = logging.getLogger(__name__)

_boto_config = BotoConfig(
    retries={"max_attempts": 3, "mode": "adaptive"},
    read_timeout=settings.request_timeout * 2,
    connect_timeout=5,
)

# --- AWS ---------------------------------------------------------------------
bedrock_runtime = boto3.client(
    "bedrock-runtime", region_name=settings.bedrock_region, config=_boto_config
)
# control plane: only used for listing models in the admin blueprint
bedrock_control = boto3.client("bedrock", region_name=settings.bedrock_region)

# --- Anthropic ---------------------------------------------------------------
anthropic_client = anthropic.Anthropic(
    api_key=get_secret("anthropic_api_key"),
    max_retries=2,
    timeout=settings.request_timeout,
)
anthropic_bedrock = AnthropicBedrock(aws_region=settings.bedrock_region)

# --- Cohere ------------------------------------------------------------------
cohere_client = cohere.ClientV2(api_key=get_secret("cohere_api_key"))

# --- raw HTTP ------------------------------------------------------------------
http_pool = urllib3.PoolManager(
    num_pools=4,
    maxsize=8,
    timeout=urllib3.Timeout(connect=3.0, read=float(settings.request_timeout)),
    retries=urllib3.Retry(total=2, backoff_factor=0.5, status_forcelist=[429, 502, 503]),
)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=get_secret("openai_api_key"), timeout=settings.request_timeout)


@functools.lru_cache(maxsize=1)
def get_azure_client() -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=settings.azure_endpoint,
        api_key=get_secret("azure_openai_api_key"),
        api_version=settings.azure_api_version,
    )


def get_chat_client() -> OpenAI:
    """Either Azure or public OpenAI depending on the stage's config."""
    if settings.use_azure_openai:
        return get_azure_client()
    return get_openai_client()


@functools.lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=get_secret("together_api_key"))


@functools.lru_cache(maxsize=1)
def get_perplexity_client() -> OpenAI:
    return OpenAI(
        api_key=get_secret("perplexity_api_key"),
        base_url="https://api.perplexity.ai",
        timeout=settings.request_timeout,
    )


def warm_all() -> None:
    """Touch the lazy clients so the first real request doesn't pay for them."""
    for getter in (get_chat_client, get_together_client, get_perplexity_client):
        try:
            getter()
        except Exception:  # noqa: BLE001 - warming must never fail a request
            logger.exception("failed to warm %s", getter.__name__)
