"""Together AI, reached through the OpenAI SDK (their endpoint is OpenAI-compatible).

We dropped the `together` package in 0.11 because it pinned an old httpx.
"""
from __future__ import annotations

from openai import AsyncOpenAI

from docintel.config import Settings, get_settings


def make_together_client(settings: Settings | None = None) -> AsyncOpenAI:
    settings = settings or get_settings()
    return AsyncOpenAI(
        api_key=settings.together_api_key.get_secret_value(),
        base_url=settings.together_base_url,
        max_retries=2,
        timeout=90.0,
    )
