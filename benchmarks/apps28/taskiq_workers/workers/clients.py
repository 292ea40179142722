"""Cached client getters.

This predates ``workers.lifecycle`` (clients on ``broker.state``). Some tasks and all the
scripts still use these; new code should take clients from state via ``workers.deps``.
TODO(ana): finish moving translation + grading over and delete this module.
"""

from __future__ import annotations

from functools import lru_cache

import voyageai
from groq import AsyncGroq, Groq
from openai import AsyncOpenAI

from app.config import get_settings


@lru_cache(maxsize=1)
def get_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=get_settings().openai_api_key)


@lru_cache(maxsize=1)
def get_groq_client() -> AsyncGroq:
    return AsyncGroq(api_key=get_settings().groq_api_key)


@lru_cache(maxsize=1)
def get_sync_groq() -> Groq:
    return Groq(api_key=get_settings().groq_api_key)


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    """Sync client; used from scripts and thread pools."""
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_deepseek_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.deepseek_api_key, base_url=s.deepseek_base_url)
