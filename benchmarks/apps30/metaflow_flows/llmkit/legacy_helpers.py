"""Old helpers from the notebooks era.

DEPRECATED: kept because flows/legacy and a couple of scripts import them.
Do not add new callers -- use llmkit.router or multi_model_service.
"""
from __future__ import annotations

import json
import os
import warnings

import anthropic
from openai import OpenAI

from llmkit.clients import get_openai_client

_claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

DEFAULT_GPT = "gpt-4o-mini"


def ask_claude(prompt: str, model: str = "claude-3-5-haiku-latest", max_tokens: int = 800) -> str:
    warnings.warn("ask_claude is deprecated", DeprecationWarning, stacklevel=2)
    msg = _claude.messages.create(
        model=model,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def gpt(prompt: str, client: OpenAI | None = None, json_mode: bool = False) -> str:
    """Single-shot GPT helper. ``client`` is injectable for tests."""
    client = client or get_openai_client()
    extra = {"response_format": {"type": "json_object"}} if json_mode else {}
    out = client.chat.completions.create(
        model=DEFAULT_GPT,
        messages=[{"role": "user", "content": prompt}],
        **extra,
    )
    return out.choices[0].message.content


def gpt_json(prompt: str, client: OpenAI | None = None) -> dict:
    return json.loads(gpt(prompt, client=client, json_mode=True) or "{}")
