"""Task -> model routing table used by the steps that haven't moved to multi_model_service yet."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from app.config import settings
from app.llm.clients import get_anthropic_client, get_cohere_client, get_openai_client


@dataclass(frozen=True)
class ModelRoute:
    provider: str
    model: str
    client_factory: Callable[[], Any]
    max_tokens: int = 1024


ROUTES: dict[str, ModelRoute] = {
    "classify": ModelRoute("openai", settings.classify_model, get_openai_client, 200),
    "summarize": ModelRoute("anthropic", settings.summary_model, get_anthropic_client, 1024),
    "title": ModelRoute("openai", "gpt-4o-mini", get_openai_client, 40),
    "translate": ModelRoute("cohere", settings.cohere_chat_model, get_cohere_client, 2048),
    "digest": ModelRoute("anthropic", "claude-3-5-haiku-20241022", get_anthropic_client, 800),
}


def route_for(task: str) -> ModelRoute:
    return ROUTES[task]


def client_for(task: str):
    return ROUTES[task].client_factory()
