"""OpenAI client construction."""
from __future__ import annotations

import os
from functools import lru_cache

from openai import AsyncOpenAI, OpenAI

from toolkit.config import ToolkitConfig


def make_openai_client(config: ToolkitConfig) -> OpenAI:
    return OpenAI(
        api_key=config.openai_api_key,
        organization=config.openai_org,
        timeout=config.request_timeout,
        max_retries=config.max_retries,
    )


def make_async_openai_client(config: ToolkitConfig) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=config.openai_api_key,
        organization=config.openai_org,
        timeout=config.request_timeout,
        max_retries=config.max_retries,
    )


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    """Process-wide client for scripts that do not build a ToolkitContext."""
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"])
