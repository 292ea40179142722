"""Cohere v1 features we have not ported to ClientV2 yet (web connector)."""
from __future__ import annotations

from typing import Dict, List

from ..clients import get_legacy_cohere_client
from ..prompts import PromptTemplate

co = get_legacy_cohere_client()

HEADLINE = PromptTemplate(system="Write a headline for the article.", user="{text}")


def grounded_background(entity: str, history: List[Dict[str, str]] | None = None) -> str:
    """Short web-grounded background paragraph for an entity."""
    resp = co.chat(
        model="command-r-08-2024",
        message=f"Give two sentences of background on {entity}.",
        chat_history=history or [],
        connectors=[{"id": "web-search"}],
    )
    return resp.text


def headline(text: str) -> str:
    resp = co.generate(model="command", prompt=HEADLINE.completion(text=text), max_tokens=30)
    return resp.generations[0].text.strip()


def key_is_valid() -> bool:
    return bool(co.check_api_key().valid)
