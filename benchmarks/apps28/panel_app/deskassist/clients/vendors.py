"""Anthropic, Mistral and Cohere client construction.

(These used to be one module per vendor; collapsed in the Q2 cleanup. OpenAI,
Gemini and Bedrock still have their own modules because they carry more config.)
"""
from __future__ import annotations

import anthropic
import cohere
from mistralai import Mistral

from deskassist.settings import settings

_cohere: cohere.ClientV2 | None = None


def make_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


def make_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


def make_mistral_client(timeout_ms: int = 60_000) -> Mistral:
    return Mistral(api_key=settings.mistral_api_key, timeout_ms=timeout_ms)


def get_cohere() -> cohere.ClientV2:
    """Module-level singleton; cohere's client is thread safe."""
    global _cohere
    if _cohere is None:
        _cohere = cohere.ClientV2(api_key=settings.cohere_api_key, timeout=60)
    return _cohere
