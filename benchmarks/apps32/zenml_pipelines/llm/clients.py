"""Client factories for every provider the team uses.

All getters are cached so that one step run reuses a single HTTP pool.
Keys come from the ZenML secret store (see utils.secrets).
"""

from __future__ import annotations

from functools import lru_cache

import anthropic
import boto3
import voyageai
from botocore.config import Config as BotoConfig
from google import genai
from huggingface_hub import InferenceClient
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from config.settings import get_settings
from utils.secrets import get_key


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=get_key("openai_api_key"), max_retries=3, timeout=60)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=get_key("openai_api_key"), max_retries=3)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_key("anthropic_api_key"))


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_key("anthropic_api_key"))


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=get_key("mistral_api_key"))


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=get_key("google_api_key"))


@lru_cache(maxsize=1)
def get_together_client() -> OpenAI:
    # Together speaks the OpenAI wire format, no need for the together SDK.
    return OpenAI(
        api_key=get_key("together_api_key"),
        base_url=get_settings().together_base_url,
    )


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=get_key("voyage_api_key"), max_retries=3)


@lru_cache(maxsize=1)
def get_hf_client() -> InferenceClient:
    return InferenceClient(model=get_settings().hf_model, token=get_key("hf_token"))


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    settings = get_settings()
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.aws_region,
        config=BotoConfig(retries={"max_attempts": 6, "mode": "adaptive"}),
    )
