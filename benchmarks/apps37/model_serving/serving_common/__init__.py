"""Shared helpers for the inference platform's hosted-LLM predictors.

Most predictors should only need what is re-exported here.
"""
from serving_common.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_bedrock_runtime,
    get_openai_client,
    get_replicate_client,
    get_xai_client,
)
from serving_common.config import ServingSettings, settings
from serving_common.retry import RetryPolicy, with_retries

__all__ = [
    "RetryPolicy",
    "ServingSettings",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_bedrock_runtime",
    "get_openai_client",
    "get_replicate_client",
    "get_xai_client",
    "settings",
    "with_retries",
]
