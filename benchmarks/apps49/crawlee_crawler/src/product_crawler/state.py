"""Process-wide services shared by the request handlers.

Crawlee handlers only receive a `context`, so main.py builds an `LLMServices` once
and stores it here before `crawler.run()` is awaited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class Summarizer(Protocol):
    async def summarize(self, title: str, body: str) -> str: ...


class Classifier(Protocol):
    async def classify(self, title: str, breadcrumbs: list[str], description: str) -> str: ...


@dataclass
class LLMServices:
    summarizer: Summarizer
    classifier: Classifier
    extractor: Any | None = None
    openai: Any | None = None  # raw AsyncOpenAI, for ad-hoc calls (moderation etc.)
    gemini: Any | None = None  # raw genai.Client
    stats: dict[str, int] = field(default_factory=dict)

    def bump(self, key: str) -> None:
        self.stats[key] = self.stats.get(key, 0) + 1


_services: LLMServices | None = None


def set_services(services: LLMServices) -> None:
    global _services
    _services = services


def get_services() -> LLMServices:
    if _services is None:
        raise RuntimeError("LLM services not initialised; call set_services() in main()")
    return _services
