"""Application services container.

The container is created once in ``app.main.create_app`` and stored on the
aiohttp application as ``app["services"]``; socket handlers reach it through
``app.sockets.server.services()``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.config import Settings


@dataclass
class Services:
    settings: Settings
    llm: dict[str, Any] = field(default_factory=dict)
    transcripts: Any = None
    kb: Any = None
    triage: Any = None
    summarizer: Any = None
    suggester: Any = None
    moderator: Any = None
    translator: Any = None

    def client(self, name: str) -> Any:
        try:
            return self.llm[name]
        except KeyError:
            raise LookupError(f"LLM client {name!r} is not configured") from None


_services: Services | None = None


def set_services(services: Services) -> None:
    global _services
    _services = services


def get_services() -> Services:
    if _services is None:
        raise RuntimeError("services container not initialised")
    return _services
