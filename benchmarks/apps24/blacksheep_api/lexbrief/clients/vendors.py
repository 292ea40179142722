"""Anthropic and Cohere client factories."""
from __future__ import annotations

import cohere
from anthropic import AsyncAnthropic

from lexbrief.settings import Settings

DEFAULT_HEADERS = {"x-lexbrief-client": "api"}

COHERE_RERANK_MODEL = "rerank-v3.5"
CHAT_MODEL = "command-r-plus-08-2024"


def build_anthropic(settings: Settings) -> AsyncAnthropic:
    return AsyncAnthropic(
        api_key=settings.keys.anthropic,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
        default_headers=DEFAULT_HEADERS,
    )


def build_cohere(settings: Settings) -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=settings.keys.cohere, timeout=settings.request_timeout)
