"""Background indexing of the open document for semantic 'find similar'."""
from __future__ import annotations

import math

from PyQt6.QtCore import QObject, QRunnable, pyqtSignal

from quill.engine import get_genai_client, get_openai_client


class IndexSignals(QObject):
    indexed = pyqtSignal(object)  # list[tuple[str, list[float]]]
    error = pyqtSignal(str)


def split_paragraphs(text: str, min_len: int = 40) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) >= min_len]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class IndexDocumentTask(QRunnable):
    def __init__(self, text: str, backend: str = "openai"):
        super().__init__()
        self.text = text
        self.backend = backend
        self.signals = IndexSignals()

    def run(self) -> None:
        paragraphs = split_paragraphs(self.text)
        if not paragraphs:
            self.signals.indexed.emit([])
            return
        try:
            vectors = self._embed(paragraphs)
        except Exception as exc:  # noqa: BLE001
            self.signals.error.emit(str(exc))
            return
        self.signals.indexed.emit(list(zip(paragraphs, vectors)))

    def _embed(self, paragraphs: list[str]) -> list[list[float]]:
        if self.backend == "google":
            result = get_genai_client().models.embed_content(
                model="text-embedding-004", contents=paragraphs
            )
            return [e.values for e in result.embeddings]
        resp = get_openai_client().embeddings.create(
            model="text-embedding-3-small", input=paragraphs
        )
        return [item.embedding for item in resp.data]
