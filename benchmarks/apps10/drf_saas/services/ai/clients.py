"""
Process-wide provider clients.

Clients are expensive to build (connection pools, credential resolution) so
we build each one lazily, once per worker process. Celery's prefork pool forks
after Django setup, which is why nothing here is created at import time.
"""
import logging
from functools import lru_cache

import boto3
import cohere
import voyageai
from botocore.config import Config
from django.conf import settings
from openai import AsyncAzureOpenAI, AzureOpenAI

logger = logging.getLogger(__name__)

# REST endpoints for the providers we sometimes call without an SDK (the slim
# ingest-lite worker image doesn't ship the SDK wheels).
VOYAGE_API_BASE = "https://api.voyageai.com/v1"
VOYAGE_EMBEDDINGS_URL = f"{VOYAGE_API_BASE}/embeddings"
VOYAGE_RERANK_URL = f"{VOYAGE_API_BASE}/rerank"

_BOTO_CONFIG = Config(
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=5,
)


@lru_cache(maxsize=1)
def get_azure_openai_client() -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
        max_retries=3,
        timeout=60,
    )


@lru_cache(maxsize=1)
def get_async_azure_openai_client() -> AsyncAzureOpenAI:
    return AsyncAzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
        max_retries=3,
    )


def deployment(name: str) -> str:
    """Map a logical model name ("chat", "embeddings", ...) to our Azure deployment."""
    try:
        return settings.AZURE_OPENAI_DEPLOYMENTS[name]
    except KeyError:
        raise ValueError(f"No Azure OpenAI deployment configured for {name!r}")


@lru_cache(maxsize=4)
def get_bedrock_runtime(region: str = None):
    region = region or settings.AWS_REGION
    logger.debug("creating bedrock-runtime client", extra={"ctx": {"region": region}})
    return boto3.client("bedrock-runtime", region_name=region, config=_BOTO_CONFIG)


@lru_cache(maxsize=1)
def get_bedrock_agent_runtime():
    return boto3.client("bedrock-agent-runtime", region_name=settings.AWS_REGION, config=_BOTO_CONFIG)


@lru_cache(maxsize=1)
def get_bedrock_control():
    return boto3.client("bedrock", region_name=settings.AWS_REGION)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.COHERE_API_KEY, timeout=30)


@lru_cache(maxsize=1)
def get_async_cohere_client() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=settings.COHERE_API_KEY, timeout=30)


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3)


def reset_clients():
    """Used by the test-suite and after credential rotation."""
    for fn in (
        get_azure_openai_client,
        get_async_azure_openai_client,
        get_bedrock_runtime,
        get_bedrock_agent_runtime,
        get_bedrock_control,
        get_cohere_client,
        get_async_cohere_client,
        get_voyage_client,
    ):
        fn.cache_clear()
