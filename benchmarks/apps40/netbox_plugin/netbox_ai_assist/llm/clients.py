"""Client factories for every provider the plugin talks to.

Clients are cached per-process; NetBox workers (rqworker) get their own copies.
"""
from __future__ import annotations

import functools
import logging

import anthropic
import boto3
import cohere
from botocore.config import Config as BotoConfig
from django.conf import settings
from netbox.plugins import get_plugin_config
from openai import AzureOpenAI, OpenAI

from ..constants import OPENROUTER_BASE_URL

logger = logging.getLogger("netbox.plugins.netbox_ai_assist")

PLUGIN = "netbox_ai_assist"


def _setting(key, default=None):
    value = get_plugin_config(PLUGIN, key)
    return default if value is None else value


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(
        api_key=_setting("openai_api_key"),
        timeout=_setting("request_timeout", 60),
        max_retries=2,
    )


@functools.lru_cache(maxsize=1)
def get_azure_client() -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=_setting("azure_endpoint"),
        api_key=_setting("azure_api_key"),
        api_version=_setting("azure_api_version", "2024-06-01"),
    )


@functools.lru_cache(maxsize=1)
def get_openrouter_client() -> OpenAI:
    return OpenAI(
        base_url=OPENROUTER_BASE_URL,
        api_key=_setting("openrouter_api_key"),
        default_headers={
            "HTTP-Referer": getattr(settings, "BASE_URL", "https://netbox.local"),
            "X-Title": "NetBox AI Assist",
        },
    )


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_setting("anthropic_api_key"), max_retries=3)


@functools.lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=_setting("anthropic_api_key"))


@functools.lru_cache(maxsize=1)
def get_bedrock_runtime():
    return boto3.client(
        "bedrock-runtime",
        region_name=_setting("bedrock_region", "us-east-1"),
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


@functools.lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=_setting("cohere_api_key"))


def get_chat_client(provider: str):
    """Return an OpenAI-compatible client for the given provider name."""
    if provider == "azure":
        return get_azure_client()
    if provider == "openrouter":
        return get_openrouter_client()
    return get_openai_client()


def chat_model_for(provider: str) -> str:
    if provider == "azure":
        return _setting("azure_deployment", "gpt-4o")
    if provider == "openrouter":
        return _setting("openrouter_model")
    return _setting("openai_model", "gpt-4o-mini")


def reset_clients():
    """Used by tests and after settings reloads."""
    for fn in (
        get_openai_client,
        get_azure_client,
        get_openrouter_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_bedrock_runtime,
        get_cohere_client,
    ):
        fn.cache_clear()
