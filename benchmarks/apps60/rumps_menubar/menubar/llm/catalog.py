"""Model catalogue for the Preferences window: what can the user pick?"""
from __future__ import annotations

import logging

from menubar.llm.clients import get_cohere_client, get_ollama_client, get_openai_client

log = logging.getLogger(__name__)

CHAT_PREFIXES = ("gpt-4", "gpt-4o", "o1", "o3", "o4")


def openai_chat_models() -> list[str]:
    try:
        page = get_openai_client().models.list()
    except Exception:
        log.exception("could not list OpenAI models")
        return []
    return sorted(m.id for m in page.data if m.id.startswith(CHAT_PREFIXES))


def ollama_local_models() -> list[str]:
    try:
        listing = get_ollama_client().list()
    except Exception:
        log.info("ollama not running")
        return []
    return sorted(m.model for m in listing.models)


def cohere_chat_models() -> list[str]:
    try:
        resp = get_cohere_client().models.list(endpoint="chat")
    except Exception:
        return []
    return [m.name for m in resp.models]


ANTHROPIC_MODELS = [
    "claude-3-5-haiku-latest",
    "claude-3-5-sonnet-latest",
    "claude-3-7-sonnet-latest",
]

DEEPSEEK_MODELS = ["deepseek-chat", "deepseek-reasoner"]


def all_models() -> dict[str, list[str]]:
    return {
        "openai": openai_chat_models(),
        "anthropic": list(ANTHROPIC_MODELS),
        "deepseek": list(DEEPSEEK_MODELS),
        "ollama": ollama_local_models(),
        "cohere": cohere_chat_models(),
    }
