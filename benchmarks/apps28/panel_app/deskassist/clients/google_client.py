"""Gemini via the google-genai SDK.

We moved off ``google.generativeai`` in March; the legacy module still has the old
``GenerativeModel`` code path, do not copy from there.
"""
from __future__ import annotations

import functools

from google import genai
from google.genai import types

from deskassist.settings import settings


@functools.lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=settings.gemini_api_key)


def default_config(system: str | None = None, **overrides) -> types.GenerateContentConfig:
    params = dict(
        temperature=settings.temperature,
        max_output_tokens=settings.max_output_tokens,
    )
    params.update(overrides)
    if system:
        params["system_instruction"] = system
    return types.GenerateContentConfig(**params)
