from __future__ import annotations

import functools
import logging

from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from llmtool.config import Settings, get_settings

logger = logging.getLogger(__name__)


def make_openai_client(settings: Settings | None = None) -> OpenAI:
    settings = settings or get_settings()
    if settings.use_azure:
        logger.debug("using Azure OpenAI endpoint %s", settings.azure_endpoint)
        return AzureOpenAI(
            azure_endpoint=settings.azure_endpoint,
            api_version=settings.azure_api_version,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )
    return OpenAI(
        api_key=settings.openai_api_key,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return make_openai_client()


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=settings.timeout)


def list_chat_models(client: OpenAI | None = None) -> list[str]:
    client = client or get_openai_client()
    return sorted(m.id for m in client.models.list() if m.id.startswith(("gpt-", "o1", "o3")))
