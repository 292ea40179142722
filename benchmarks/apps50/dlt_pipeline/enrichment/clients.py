"""Cached client getters.

Every vendor client used by the transformers is created here exactly once per
process (dlt runs extract in a thread pool, and the SDK clients are thread
safe).  Secrets come from ``.dlt/secrets.toml`` / env vars via ``dlt.secrets``.
"""
from __future__ import annotations

import functools
import logging
from typing import Optional

import anthropic
import boto3
import dlt
import openai
import voyageai
from botocore.config import Config
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference

from enrichment import settings

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> openai.OpenAI:
    org = dlt.secrets.get("enrichment.openai.organization") or None
    return openai.OpenAI(
        api_key=dlt.secrets["enrichment.openai.api_key"],
        organization=org,
        max_retries=3,
        timeout=60.0,
    )


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(
        api_key=dlt.secrets["enrichment.openai.api_key"],
        max_retries=3,
    )


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=dlt.secrets["enrichment.anthropic.api_key"])


@functools.lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=dlt.secrets["enrichment.anthropic.api_key"])


@functools.lru_cache(maxsize=2)
def get_bedrock_runtime(region: Optional[str] = None):
    region = region or settings.bedrock_region()
    logger.debug("creating bedrock-runtime client in %s", region)
    return boto3.client(
        "bedrock-runtime",
        region_name=region,
        config=Config(retries={"max_attempts": 6, "mode": "adaptive"}, read_timeout=120),
    )


@functools.lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=dlt.secrets["enrichment.voyage.api_key"], max_retries=3)


def _watsonx_credentials() -> Credentials:
    return Credentials(
        url=settings.watsonx_url(),
        api_key=dlt.secrets["enrichment.watsonx.api_key"],
    )


@functools.lru_cache(maxsize=4)
def get_watsonx_model(model_id: Optional[str] = None) -> ModelInference:
    return ModelInference(
        model_id=model_id or settings.watsonx_model_id(),
        credentials=_watsonx_credentials(),
        project_id=dlt.secrets["enrichment.watsonx.project_id"],
        params={"max_new_tokens": 200, "decoding_method": "greedy"},
    )


@functools.lru_cache(maxsize=1)
def get_watsonx_embeddings() -> Embeddings:
    return Embeddings(
        model_id="ibm/slate-125m-english-rtrvr",
        credentials=_watsonx_credentials(),
        project_id=dlt.secrets["enrichment.watsonx.project_id"],
    )


CLIENT_FACTORIES = {
    "openai": get_openai_client,
    "anthropic": get_anthropic_client,
    "bedrock": get_bedrock_runtime,
    "voyage": get_voyage_client,
    "watsonx": get_watsonx_model,
}


def client_for(provider: str):
    """Look up a cached client by provider name (used by config-driven steps)."""
    try:
        factory = CLIENT_FACTORIES[provider]
    except KeyError:
        raise ValueError(f"unknown enrichment provider {provider!r}") from None
    return factory()


def reset_clients() -> None:
    """Drop cached clients (tests, and after secrets rotation in long runs)."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_bedrock_runtime,
        get_voyage_client,
        get_watsonx_model,
        get_watsonx_embeddings,
    ):
        factory.cache_clear()
