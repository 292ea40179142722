"""OpenAI SDK clients: OpenAI itself and xAI (Grok), whose endpoint is OpenAI-compatible."""
import os
from functools import lru_cache

from openai import AsyncOpenAI, OpenAI

from common.config import settings


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(
        api_key=os.environ["OPENAI_API_KEY"],
        organization=os.environ.get("OPENAI_ORG_ID"),
        max_retries=3,
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"], max_retries=3)


# --- xAI -------------------------------------------------------------------


@lru_cache(maxsize=1)
def get_xai() -> OpenAI:
    return OpenAI(api_key=os.environ["XAI_API_KEY"], base_url=settings.xai_base_url)


@lru_cache(maxsize=1)
def get_async_xai() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=os.environ["XAI_API_KEY"],
        base_url=settings.xai_base_url,
        timeout=60.0,
    )
