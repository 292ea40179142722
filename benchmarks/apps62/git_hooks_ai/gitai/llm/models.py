"""Model discovery for `gitai models` — listing only, nothing billable."""
from __future__ import annotations

import ollama

from gitai.llm.clients import get_anthropic_client, get_fireworks_client, get_groq_client, get_openai_client


def list_openai_models() -> list[str]:
    return sorted(m.id for m in get_openai_client().models.list())


def list_anthropic_models() -> list[str]:
    return [m.id for m in get_anthropic_client().models.list(limit=50)]


def list_groq_models() -> list[str]:
    return [m.id for m in get_groq_client().models.list().data]


def list_fireworks_models() -> list[str]:
    return [m.id for m in get_fireworks_client().models.list()]


def list_local_models() -> list[str]:
    try:
        resp = ollama.list()
    except Exception:  # ollama not running
        return []
    return [m.model for m in resp.models]


def ensure_local_model(name: str) -> None:
    if name not in list_local_models():
        ollama.pull(name)


ALL = {
    "openai": list_openai_models,
    "anthropic": list_anthropic_models,
    "groq": list_groq_models,
    "fireworks": list_fireworks_models,
    "ollama": list_local_models,
}
