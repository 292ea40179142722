"""Process-wide SDK clients.

Each BentoML worker builds its clients lazily on first use; the getters are
cached so a service's ``__init__`` and the helpers it calls share one
connection pool.  Nothing in here talks to a model.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

import boto3
import cohere
import voyageai
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI
from together import Together

from mlserve.config import get_settings

if TYPE_CHECKING:
    from mypy_boto3_bedrock_runtime import BedrockRuntimeClient

logger = logging.getLogger(__name__)

_BOTO_CFG = BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120)


def _secret(name: str) -> str | None:
    value = getattr(get_settings().secrets, name)
    return value.get_secret_value() if value is not None else None


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=_secret("openai_api_key"), max_retries=3, timeout=60.0)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_secret("openai_api_key"), max_retries=3, timeout=60.0)


@lru_cache(maxsize=1)
def get_fireworks_client() -> OpenAI:
    """Fireworks speaks the OpenAI wire protocol."""
    cfg = get_settings().fireworks
    return OpenAI(base_url=cfg.base_url, api_key=_secret("fireworks_api_key"))


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=_secret("cohere_api_key"))


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=_secret("voyage_api_key"), max_retries=3)


@lru_cache(maxsize=1)
def get_async_voyage_client() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=_secret("voyage_api_key"), max_retries=3)


@lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=_secret("together_api_key"))


@lru_cache(maxsize=4)
def get_bedrock_runtime(region: str | None = None) -> "BedrockRuntimeClient":
    settings = get_settings()
    session = boto3.Session(profile_name=settings.aws.profile)
    return session.client(
        "bedrock-runtime",
        region_name=region or settings.aws.region,
        config=_BOTO_CFG,
    )


@lru_cache(maxsize=1)
def get_bedrock_control():
    """Control-plane client (model listing, guardrail admin). Not billable."""
    settings = get_settings()
    return boto3.client("bedrock", region_name=settings.aws.region)


def reset_clients() -> None:
    """Used by tests and by the CLI's ``--reload-secrets``."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_fireworks_client,
        get_cohere_client,
        get_voyage_client,
        get_async_voyage_client,
        get_together_client,
        get_bedrock_runtime,
        get_bedrock_control,
    ):
        getter.cache_clear()
    logger.info("sdk clients reset")
