"""Shared helpers for the enrichment jobs.

Re-exports the client getters so jobs can do ``from jobs.common import get_openai_client``.
"""
from jobs.common.clients import (
    client_for,
    get_anthropic_client,
    get_azure_openai_client,
    get_bedrock_runtime,
    get_genai_client,
    get_openai_client,
    get_together_client,
    get_together_openai_compat,
)
from jobs.common.config import JobConfig, base_arg_parser
from jobs.common.rate_limit import bucket_for, with_backoff

__all__ = [
    "JobConfig",
    "base_arg_parser",
    "bucket_for",
    "client_for",
    "get_anthropic_client",
    "get_azure_openai_client",
    "get_bedrock_runtime",
    "get_genai_client",
    "get_openai_client",
    "get_together_client",
    "get_together_openai_compat",
    "with_backoff",
]
