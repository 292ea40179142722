"""Client factories for every provider we talk to.

Getters are cached so that a Kedro session (and the scripts) share a single HTTP pool per
provider. Credentials come from the environment; in a Kedro run the hooks pass the values
from ``conf/local/credentials.yml`` explicitly instead.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Any

import anthropic
import boto3
from botocore.config import Config as BotoConfig
from huggingface_hub import InferenceClient
from mistralai import Mistral
from openai import AsyncOpenAI, AzureOpenAI, OpenAI
from together import Together

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = float(os.getenv("LLM_TIMEOUT_SECONDS", "60"))
AZURE_API_VERSION = os.getenv("AZURE_OPENAI_API_VERSION", "2024-08-01-preview")
BEDROCK_REGION = os.getenv("BEDROCK_REGION", "eu-west-1")

SUPPORTED_PROVIDERS = (
    "openai",
    "azure_openai",
    "anthropic",
    "mistral",
    "together",
    "bedrock",
    "huggingface",
)


@lru_cache(maxsize=None)
def get_openai_client(api_key: str | None = None, organization: str | None = None) -> OpenAI:
    return OpenAI(
        api_key=api_key or os.environ["OPENAI_API_KEY"],
        organization=organization or os.getenv("OPENAI_ORG_ID"),
        timeout=DEFAULT_TIMEOUT,
        max_retries=3,
    )


@lru_cache(maxsize=None)
def get_async_openai_client(api_key: str | None = None) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=api_key or os.environ["OPENAI_API_KEY"], timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=None)
def get_azure_openai_client(
    endpoint: str | None = None,
    api_key: str | None = None,
    api_version: str = AZURE_API_VERSION,
) -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=endpoint or os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=api_key or os.environ["AZURE_OPENAI_API_KEY"],
        api_version=api_version,
        timeout=DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=None)
def get_anthropic_client(api_key: str | None = None) -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=api_key or os.environ["ANTHROPIC_API_KEY"],
        max_retries=4,
        timeout=DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=None)
def get_async_anthropic_client(api_key: str | None = None) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=api_key or os.environ["ANTHROPIC_API_KEY"])


@lru_cache(maxsize=None)
def get_mistral_client(api_key: str | None = None) -> Mistral:
    return Mistral(api_key=api_key or os.environ["MISTRAL_API_KEY"], timeout_ms=int(DEFAULT_TIMEOUT * 1000))


@lru_cache(maxsize=None)
def get_together_client(api_key: str | None = None) -> Together:
    return Together(api_key=api_key or os.environ["TOGETHER_API_KEY"], timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=None)
def get_bedrock_runtime(region_name: str = BEDROCK_REGION, profile: str | None = None):
    session = boto3.Session(profile_name=profile) if profile else boto3.Session()
    return session.client(
        "bedrock-runtime",
        region_name=region_name,
        config=BotoConfig(retries={"max_attempts": 6, "mode": "adaptive"}, read_timeout=120),
    )


@lru_cache(maxsize=None)
def get_hf_client(model: str | None = None, token: str | None = None) -> InferenceClient:
    return InferenceClient(model=model, token=token or os.getenv("HF_TOKEN"), timeout=DEFAULT_TIMEOUT)


def make_client(provider: str, **credentials: Any) -> Any:
    """Build a client for ``provider`` from a credentials mapping (as in credentials.yml)."""
    provider = provider.lower()
    if provider == "openai":
        return get_openai_client(credentials.get("api_key"), credentials.get("organization"))
    if provider in ("azure", "azure_openai"):
        return get_azure_openai_client(
            credentials.get("endpoint"),
            credentials.get("api_key"),
            credentials.get("api_version", AZURE_API_VERSION),
        )
    if provider == "anthropic":
        return get_anthropic_client(credentials.get("api_key"))
    if provider == "mistral":
        return get_mistral_client(credentials.get("api_key"))
    if provider == "together":
        return get_together_client(credentials.get("api_key"))
    if provider == "bedrock":
        return get_bedrock_runtime(credentials.get("region_name", BEDROCK_REGION), credentials.get("profile"))
    if provider in ("hf", "huggingface"):
        return get_hf_client(credentials.get("model"), credentials.get("token"))
    raise ValueError(f"Unknown LLM provider {provider!r}; expected one of {SUPPORTED_PROVIDERS}")


def clear_client_caches() -> None:
    """Used by tests and by the hooks when credentials are rotated mid-session."""
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_azure_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_mistral_client,
        get_together_client,
        get_bedrock_runtime,
        get_hf_client,
    ):
        getter.cache_clear()
    logger.debug("LLM client caches cleared")
