"""Shared settings and helpers for the v1 pipeline."""

from __future__ import annotations

import functools
import os

import litellm

LEGACY_MODEL = os.environ.get("LEGACY_DRAFT_MODEL", "gpt-4o")
LEGACY_EMBEDDING_MODEL = os.environ.get("LEGACY_EMBEDDING_MODEL", "text-embedding-3-small")

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"

litellm.drop_params = True

completion = functools.partial(
    litellm.completion, model=LEGACY_MODEL, temperature=0.1, num_retries=2, timeout=90
)


def anthropic_headers() -> dict[str, str]:
    return {
        "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
