"""Objects we hang on the Flet page (page.data) and their accessors."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import flet as ft

from counseldesk.storage.matter_store import MatterStore


@dataclass
class ClientBundle:
    """SDK clients shared by all views of one page/session."""

    openai: Any = None          # openai.AsyncOpenAI
    anthropic: Any = None       # anthropic.Anthropic
    genai: Any = None           # google.genai.Client
    xai: Any = None             # xai_sdk.Client
    perplexity: Any = None      # openai.AsyncOpenAI pointed at api.perplexity.ai
    ollama: Any = None          # ollama.AsyncClient


@dataclass
class AppState:
    clients: ClientBundle
    store: MatterStore
    user_name: str = "Counsel"
    current_matter_id: str | None = None
    services: dict[str, Any] = field(default_factory=dict)
    history: list[dict[str, str]] = field(default_factory=list)


def app_state(page: ft.Page) -> AppState:
    state = page.data
    if not isinstance(state, AppState):
        raise RuntimeError("page.data is not initialised; was main() called?")
    return state


def clients(page: ft.Page) -> ClientBundle:
    return app_state(page).clients
