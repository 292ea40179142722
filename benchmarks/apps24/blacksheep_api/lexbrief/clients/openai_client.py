"""OpenAI client construction.

We keep a single AsyncOpenAI per process; the DI container owns it (see lexbrief.di).
"""
from __future__ import annotations

import logging

from openai import AsyncOpenAI, OpenAI

from lexbrief.settings import Settings

log = logging.getLogger(__name__)


def build_openai(settings: Settings) -> AsyncOpenAI:
    if not settings.keys.openai:
        log.warning("OPENAI_API_KEY missing; OpenAI-backed endpoints will fail")
    return AsyncOpenAI(
        api_key=settings.keys.openai,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )


def build_sync_openai(settings: Settings) -> OpenAI:
    # only scripts and the legacy module use the sync client
    return OpenAI(api_key=settings.keys.openai, timeout=settings.request_timeout)
