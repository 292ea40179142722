"""Module-level application state shared by the UI callbacks and the worker.

Dear PyGui callbacks are plain functions, so we keep one `AppState` instance here
instead of threading it through `user_data` everywhere (some older windows still do).
"""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any

from research_assistant.config import Settings, load_settings


@dataclass
class ChatTurn:
    role: str
    content: str
    provider: str = ""


@dataclass
class AppState:
    settings: Settings = field(default_factory=load_settings)
    history: list[ChatTurn] = field(default_factory=list)
    results: "queue.Queue[tuple[str, Any]]" = field(default_factory=queue.Queue)
    busy: bool = False
    current_pdf: str | None = None
    current_pdf_text: str = ""
    last_summary: str = ""
    search_hits: list[dict] = field(default_factory=list)
    # clients are cached here by providers.factory once created
    clients: dict[str, Any] = field(default_factory=dict)
    # set by main.py once the llm client for the chat pane is chosen
    chat_backend: Any = None
    lock: threading.RLock = field(default_factory=threading.RLock)

    def post(self, kind: str, payload: Any) -> None:
        """Called from worker threads; drained on the render thread."""
        self.results.put((kind, payload))

    def reset_chat(self) -> None:
        with self.lock:
            self.history.clear()


state = AppState()


def history_as_markdown(history: list[ChatTurn]) -> str:
    parts = []
    for turn in history:
        who = "You" if turn.role == "user" else (turn.provider or "assistant")
        parts.append(f"**{who}:** {turn.content}")
    return "\n\n".join(parts)


def history_to_json(history: list[ChatTurn]) -> list[dict]:
    return [{"role": t.role, "content": t.content, "provider": t.provider} for t in history]


def history_from_json(rows: list[dict]) -> list[ChatTurn]:
    return [ChatTurn(r["role"], r["content"], r.get("provider", "")) for r in rows]
