"""Model discovery for the settings dialog and token counting helpers."""
from __future__ import annotations

import logging
from typing import List

from google.genai import types

from .clients import get_anthropic_client, get_cohere_client, get_gemini_client, get_openai_client

log = logging.getLogger(__name__)


def list_openai_models() -> List[str]:
    client = get_openai_client()
    models = client.models.list()
    return sorted(m.id for m in models if m.id.startswith(("gpt-", "o1", "o3", "o4")))


def list_anthropic_models() -> List[str]:
    page = get_anthropic_client().models.list(limit=50)
    return [m.id for m in page.data]


def list_gemini_models() -> List[str]:
    names = []
    for m in get_gemini_client().models.list():
        if "generateContent" in (m.supported_actions or []):
            names.append(m.name.replace("models/", ""))
    return names


def count_anthropic_tokens(model: str, text: str) -> int:
    result = get_anthropic_client().messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def count_gemini_tokens(model: str, text: str) -> int:
    resp = get_gemini_client().models.count_tokens(
        model=model, contents=[types.Content(role="user", parts=[types.Part(text=text)])]
    )
    return resp.total_tokens or 0


def count_cohere_tokens(model: str, text: str) -> int:
    return len(get_cohere_client().tokenize(text=text, model=model).tokens)


def available_models(provider: str) -> List[str]:
    try:
        return {
            "openai": list_openai_models,
            "anthropic": list_anthropic_models,
            "gemini": list_gemini_models,
        }[provider]()
    except Exception:  # noqa: BLE001 - offline or bad key: fall back to config
        log.exception("could not list models for %s", provider)
        return []
