"""Pre-dishka code paths. Still imported by the scripts and a couple of tests.

Do not add new things here. Module-level cached clients from before we had a container.
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import httpx
import openai

VOYAGE_URL = "https://api.voyageai.com/v1"


@lru_cache(maxsize=1)
def get_openai() -> openai.OpenAI:
    return openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def voyage_http() -> httpx.Client:
    return httpx.Client(
        base_url=VOYAGE_URL,
        headers={"Authorization": f"Bearer {os.environ.get('VOYAGE_API_KEY', '')}"},
        timeout=30.0,
    )
