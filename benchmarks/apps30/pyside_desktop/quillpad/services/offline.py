"""Offline mode.

When the user toggles offline mode we swap every provider for a canned
responder, so the UI still works on a plane. Has the same surface as the
real adapters (``complete``/``stream``) plus a ``chat`` alias the older
actions use.
"""
from __future__ import annotations

import random
import re
import time
from typing import Iterator

from quillpad.services.providers import BaseProvider
from quillpad.settings import ProviderConfig

_CANNED = [
    "(offline) Here is a tightened version of your text.",
    "(offline) Suggestion: split this paragraph in two.",
    "(offline) Consider a more active voice here.",
]


class OfflineProvider(BaseProvider):
    name = "offline"

    def __init__(self, cfg: ProviderConfig | None = None, seed: int | None = None) -> None:
        super().__init__(cfg or ProviderConfig(name="offline", model="canned"))
        self._rng = random.Random(seed)

    def complete(self, messages: list[dict]) -> str:
        last = messages[-1]["content"] if messages else ""
        words = re.findall(r"\w+", last)
        head = " ".join(words[:12])
        return f"{self._rng.choice(_CANNED)}\n\n{head}..."

    def chat(self, messages: list[dict], **_ignored) -> str:
        return self.complete(messages)

    def stream(self, messages: list[dict]) -> Iterator[str]:
        for token in self.complete(messages).split(" "):
            time.sleep(0.02)
            yield token + " "


class OfflineRegistry(dict):
    def create(self, name: str) -> OfflineProvider:
        provider = self.get(name)
        if provider is None:
            provider = self[name] = OfflineProvider()
        return provider


offline_registry = OfflineRegistry()
