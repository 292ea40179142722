"""Grok via xAI's OpenAI-compatible endpoint.

Predates the xai-sdk migration (see services/grok_trends.py). Still used by the
export script for 'spicy' variants because the gRPC SDK doesn't run in our
Lambda image.
"""
from __future__ import annotations

import os

from openai import OpenAI

XAI_BASE_URL = "https://api.x.ai/v1"

_client = OpenAI(api_key=os.environ.get("XAI_API_KEY", ""), base_url=XAI_BASE_URL)


def spicy_variant(text: str, model: str = "grok-3-mini") -> str:
    resp = _client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Rewrite marketing copy with more edge and humour. Stay brand-safe."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content or ""


def client() -> OpenAI:
    return _client
