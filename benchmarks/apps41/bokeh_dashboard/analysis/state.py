"""Process-wide shared objects.

Bokeh runs every session of the app in the same process, so anything created in
``on_server_loaded`` lives here and is read by ``main.py`` and the callbacks.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SharedClients:
    openai: Any = None
    anthropic: Any = None
    mistral: Any = None
    fireworks: Any = None
    bedrock: Any = None

    def available(self) -> list[str]:
        return [name for name, value in vars(self).items() if value is not None]


@dataclass
class SessionInfo:
    session_id: str
    user: str = "anonymous"
    provider: str = "openai"
    explanations: int = 0
    extras: dict = field(default_factory=dict)


CLIENTS = SharedClients()
EXECUTOR: ThreadPoolExecutor | None = None
SESSIONS: dict[str, SessionInfo] = {}


def get_executor() -> ThreadPoolExecutor:
    global EXECUTOR
    if EXECUTOR is None:
        from config import settings

        EXECUTOR = ThreadPoolExecutor(max_workers=settings.max_workers, thread_name_prefix="llm")
    return EXECUTOR
