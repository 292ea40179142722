"""Cached SDK client factories.

Every job process builds each client once; the getters are cheap to call from
hot loops.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import boto3
import replicate
from botocore.config import Config
from fireworks import Fireworks
from groq import Groq
from huggingface_hub import InferenceClient
from mistralai import Mistral
from openai import AsyncAzureOpenAI, AzureOpenAI
from together import Together

from llmkit.config import get_settings

logger = logging.getLogger(__name__)

_BEDROCK_CONFIG = Config(
    retries={"max_attempts": 6, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=10,
)


@lru_cache(maxsize=1)
def get_azure_openai() -> AzureOpenAI:
    settings = get_settings()
    return AzureOpenAI(
        azure_endpoint=settings.azure_endpoint,
        api_key=settings.azure_api_key,
        api_version=settings.azure_api_version,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_async_azure_openai() -> AsyncAzureOpenAI:
    settings = get_settings()
    return AsyncAzureOpenAI(
        azure_endpoint=settings.azure_endpoint,
        api_key=settings.azure_api_key,
        api_version=settings.azure_api_version,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_groq() -> Groq:
    return Groq(api_key=get_settings().groq_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_together() -> Together:
    return Together(api_key=get_settings().together_api_key)


@lru_cache(maxsize=1)
def get_fireworks() -> Fireworks:
    return Fireworks(api_key=get_settings().fireworks_api_key)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key, timeout_ms=60_000)


@lru_cache(maxsize=1)
def get_hf_inference() -> InferenceClient:
    return InferenceClient(provider="hf-inference", api_key=get_settings().hf_token, timeout=60)


@lru_cache(maxsize=1)
def replicate_client() -> replicate.Client:
    return replicate.Client(api_token=get_settings().replicate_api_token, timeout=300)


@lru_cache(maxsize=1)
def bedrock_runtime():
    """bedrock-runtime client using the team's named AWS profile."""
    settings = get_settings()
    logger.debug("creating bedrock-runtime client (profile=%s)", settings.aws_profile)
    return boto3.session.Session(profile_name=settings.aws_profile).client(
        "bedrock-runtime",
        region_name=settings.aws_region,
        config=_BEDROCK_CONFIG,
    )


@lru_cache(maxsize=1)
def s3_client():
    settings = get_settings()
    return boto3.session.Session(profile_name=settings.aws_profile).client("s3", region_name=settings.aws_region)
