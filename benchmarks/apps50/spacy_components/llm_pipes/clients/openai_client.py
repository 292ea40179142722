"""OpenAI client construction.

Clients are cached per (key, base_url) because spaCy may instantiate the
same factory several times when a pipeline is sourced from another one.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Optional

from openai import AsyncOpenAI, AzureOpenAI, OpenAI

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = float(os.environ.get("LLM_PIPES_OPENAI_TIMEOUT", "45"))


@lru_cache(maxsize=8)
def get_openai_client(
    api_key: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> OpenAI:
    key = api_key or os.environ.get("OPENAI_API_KEY")
    if not key:
        logger.warning("OPENAI_API_KEY is not set; requests will fail")
    return OpenAI(api_key=key, base_url=base_url, timeout=timeout, max_retries=2)


@lru_cache(maxsize=2)
def get_async_openai_client(api_key: Optional[str] = None) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=api_key or os.environ.get("OPENAI_API_KEY"), max_retries=3)


def get_azure_client(deployment_endpoint: Optional[str] = None) -> AzureOpenAI:
    """Azure tenant used by the compliance team (EU data residency)."""
    return AzureOpenAI(
        azure_endpoint=deployment_endpoint or os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-10-21"),
    )
