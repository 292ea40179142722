"""OpenAI / Azure OpenAI client factories."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Iterable, List, Optional

from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from core.settings import settings

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_CHAT_MODEL",
    "DEFAULT_EMBEDDING_MODEL",
    "get_openai",
    "get_async_openai",
    "make_azure_client",
    "embed_texts",
]

DEFAULT_CHAT_MODEL = settings.llm.chat_model
DEFAULT_EMBEDDING_MODEL = settings.llm.embedding_model


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    logger.debug("creating OpenAI client for %s", settings.llm.base_url)
    return OpenAI(
        api_key=settings.llm.api_key,
        base_url=settings.llm.base_url,
        organization=settings.llm.organization,
        timeout=settings.llm.timeout,
        max_retries=0,  # retries are handled by core.retry
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.llm.api_key,
        base_url=settings.llm.base_url,
        timeout=settings.llm.timeout,
        max_retries=0,
    )


def make_azure_client(api_version: Optional[str] = None) -> AzureOpenAI:
    cfg = settings.azure
    if not cfg.endpoint:
        raise RuntimeError("AZURE_OPENAI_ENDPOINT is not configured")
    return AzureOpenAI(
        azure_endpoint=cfg.endpoint,
        api_key=cfg.api_key,
        api_version=api_version or cfg.api_version,
    )


def embed_texts(texts: Iterable[str], model: Optional[str] = None) -> List[List[float]]:
    batch = [t.replace("\n", " ") for t in texts]
    if not batch:
        return []
    resp = get_openai().embeddings.create(
        model=model or DEFAULT_EMBEDDING_MODEL,
        input=batch,
    )
    return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]
