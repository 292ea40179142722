"""Inline SQL autocomplete using Codestral fill-in-the-middle.

Kept separate from SQLWriter because it runs on every keystroke pause and needs its
own (cheap) key.
"""
from __future__ import annotations

import os

from mistralai import Mistral

_client: Mistral | None = None


def _get_client() -> Mistral:
    global _client
    if _client is None:
        _client = Mistral(api_key=os.environ.get("CODESTRAL_API_KEY") or os.environ["MISTRAL_API_KEY"])
    return _client


def complete_sql(prefix: str, suffix: str = "", max_tokens: int = 64) -> str:
    if len(prefix.strip()) < 8:
        return ""
    res = _get_client().fim.complete(
        model="codestral-latest",
        prompt=prefix,
        suffix=suffix,
        max_tokens=max_tokens,
        temperature=0.0,
    )
    return res.choices[0].message.content or ""
