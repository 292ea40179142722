"""Client factories for every LLM provider opsbot talks to.

Everything that needs an SDK client should come through here so that keys,
regions and timeouts are read from one place.  The post_setup hook builds an
``LLMBundle`` out of these and hangs it on ``app.llm``.
"""
import os
from functools import lru_cache

import anthropic
import boto3
import cohere
import litellm
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, AzureOpenAI, OpenAI

DEFAULT_TIMEOUT = float(os.environ.get("OPSBOT_LLM_TIMEOUT", "60"))


@lru_cache(maxsize=None)
def get_openai_client(api_key=None, azure=False):
    """Return a cached sync OpenAI (or Azure OpenAI) client."""
    if azure or os.environ.get("AZURE_OPENAI_ENDPOINT"):
        return AzureOpenAI(
            api_key=api_key or os.environ.get("AZURE_OPENAI_API_KEY"),
            azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
            api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01"),
            timeout=DEFAULT_TIMEOUT,
        )
    return OpenAI(api_key=api_key or os.environ.get("OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT)


def make_async_openai(api_key=None):
    return AsyncOpenAI(api_key=api_key or os.environ.get("OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=None)
def get_anthropic_client(api_key=None):
    return anthropic.Anthropic(
        api_key=api_key or os.environ.get("ANTHROPIC_API_KEY"),
        max_retries=3,
        timeout=DEFAULT_TIMEOUT,
    )


def get_bedrock_runtime(region=None, profile=None):
    """bedrock-runtime client; we keep a generous read timeout for long converse calls."""
    session = boto3.Session(profile_name=profile) if profile else boto3.Session()
    return session.client(
        "bedrock-runtime",
        region_name=region or os.environ.get("AWS_REGION", "us-east-1"),
        config=BotoConfig(read_timeout=300, retries={"max_attempts": 4, "mode": "adaptive"}),
    )


def get_bedrock_control(region=None):
    # control plane only (model listing, guardrail admin) -- no inference here
    return boto3.client("bedrock", region_name=region or os.environ.get("AWS_REGION", "us-east-1"))


@lru_cache(maxsize=None)
def get_cohere_client(api_key=None):
    return cohere.ClientV2(api_key=api_key or os.environ.get("CO_API_KEY"))


def build_router(config=None):
    """litellm Router with the two aliases the digest pipeline uses."""
    config = config or {}
    model_list = [
        {
            "model_name": "ops-fast",
            "litellm_params": {
                "model": config.get("fast_model", "gpt-4o-mini"),
                "api_key": os.environ.get("OPENAI_API_KEY"),
            },
        },
        {
            "model_name": "ops-smart",
            "litellm_params": {
                "model": config.get("smart_model", "anthropic/claude-3-5-sonnet-20241022"),
                "api_key": os.environ.get("ANTHROPIC_API_KEY"),
            },
        },
        {
            "model_name": "ops-smart",
            "litellm_params": {
                "model": "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
                "aws_region_name": os.environ.get("AWS_REGION", "us-east-1"),
            },
        },
    ]
    return litellm.Router(model_list=model_list, num_retries=2, timeout=DEFAULT_TIMEOUT)


def openai_healthcheck(client=None):
    """Cheap key check: listing models is free."""
    client = client or get_openai_client()
    try:
        return [m.id for m in client.models.list()][:5]
    except Exception as exc:  # noqa: BLE001
        return str(exc)
