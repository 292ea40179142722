"""Embedding-backed FAQ so common questions (!ask what's the schedule) skip the chat model."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bot.utils.retry import with_retries

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

EMBED_MODEL = "text-embedding-3-small"


@dataclass
class FaqEntry:
    question: str
    answer: str


class FaqIndex:
    def __init__(self, client: "AsyncOpenAI", threshold: float = 0.82):
        self._client = client
        self.threshold = threshold
        self.entries: list[FaqEntry] = []
        self._matrix: np.ndarray | None = None

    @classmethod
    def from_file(cls, client: "AsyncOpenAI", path: str | Path) -> "FaqIndex":
        index = cls(client)
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        index.entries = [FaqEntry(item["q"], item["a"]) for item in data]
        return index

    async def _embed(self, texts: list[str]) -> np.ndarray:
        resp = await with_retries(
            self._client.embeddings.create,
            model=EMBED_MODEL,
            input=texts,
            attempts=2,
        )
        vecs = np.array([item.embedding for item in resp.data], dtype=np.float32)
        return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)

    async def warm(self) -> None:
        if not self.entries or self._matrix is not None:
            return
        self._matrix = await self._embed([e.question for e in self.entries])
        log.info("FAQ index warmed with %d entries", len(self.entries))

    async def lookup(self, question: str) -> FaqEntry | None:
        if not self.entries:
            return None
        await self.warm()
        query = (await self._embed([question]))[0]
        sims = self._matrix @ query
        best = int(np.argmax(sims))
        if sims[best] >= self.threshold:
            return self.entries[best]
        return None
