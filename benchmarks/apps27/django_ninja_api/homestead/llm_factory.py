"""Small factory that turns a provider name from settings into an SDK client.

Keep this boring: it only *builds* clients. Whoever calls it owns the client
(and is responsible for going through multi_model_service where possible).
"""
from __future__ import annotations

import logging
from typing import Any

import anthropic
import boto3
import openai
import replicate
import voyageai
import xai_sdk
from botocore.config import Config as BotoConfig
from django.conf import settings
from google import genai

logger = logging.getLogger("homestead.llm")

SUPPORTED_PROVIDERS = ("openai", "anthropic", "google", "voyage", "replicate", "xai", "bedrock")


class UnknownProvider(ValueError):
    pass


def build_client(provider: str, *, async_: bool = False, timeout: float = 60.0) -> Any:
    """Return a configured SDK client for ``provider``.

    ``async_`` selects the async flavour where the SDK has one (google-genai
    exposes async on ``client.aio`` instead, boto3 and replicate have none).
    """
    if provider == "openai":
        cls = openai.AsyncOpenAI if async_ else openai.OpenAI
        return cls(
            api_key=settings.OPENAI_API_KEY,
            organization=settings.OPENAI_ORG_ID,
            timeout=timeout,
            max_retries=2,
        )
    if provider == "anthropic":
        cls = anthropic.AsyncAnthropic if async_ else anthropic.Anthropic
        return cls(api_key=settings.ANTHROPIC_API_KEY, timeout=timeout, max_retries=3)
    if provider == "google":
        return genai.Client(api_key=settings.GEMINI_API_KEY)
    if provider == "voyage":
        cls = voyageai.AsyncClient if async_ else voyageai.Client
        return cls(api_key=settings.VOYAGE_API_KEY, max_retries=3, timeout=timeout)
    if provider == "replicate":
        return replicate.Client(api_token=settings.REPLICATE_API_TOKEN)
    if provider == "xai":
        cls = xai_sdk.AsyncClient if async_ else xai_sdk.Client
        return cls(api_key=settings.XAI_API_KEY, timeout=timeout)
    if provider == "bedrock":
        return boto3.client(
            "bedrock-runtime",
            region_name=settings.AWS_BEDROCK_REGION,
            config=BotoConfig(read_timeout=timeout, retries={"max_attempts": 3, "mode": "adaptive"}),
        )
    raise UnknownProvider(provider)


def feature_config(feature: str) -> dict[str, str]:
    try:
        return settings.LLM_FEATURES[feature]
    except KeyError:
        raise UnknownProvider(f"no LLM feature named {feature!r}") from None


def model_for(feature: str) -> str:
    return feature_config(feature)["model"]


def client_for(feature: str, *, async_: bool = False) -> tuple[Any, str]:
    """Convenience: ``client, model = client_for("concierge")``."""
    cfg = feature_config(feature)
    logger.debug("building %s client for feature %s", cfg["provider"], feature)
    return build_client(cfg["provider"], async_=async_), cfg["model"]
