"""Fireworks is OpenAI-compatible; we reuse the openai SDK with a different base_url.

A subclass gives the DI container a distinct type to resolve, otherwise every
AsyncOpenAI annotation would get whichever client was registered last.
"""
from __future__ import annotations

from openai import AsyncOpenAI

from lexbrief.settings import Settings

LLAMA_70B = "accounts/fireworks/models/llama-v3p1-70b-instruct"
QWEN_CODER = "accounts/fireworks/models/qwen2p5-72b-instruct"


class FireworksClient(AsyncOpenAI):
    pass


def build_fireworks(settings: Settings) -> FireworksClient:
    return FireworksClient(
        api_key=settings.keys.fireworks,
        base_url=settings.fireworks_base_url,
        timeout=settings.request_timeout,
    )
