"""/recall: semantic search over past conversations.

Embeddings are cached in a .npy next to the sqlite db. OpenAI embeddings by
default, Gemini if the user has no OpenAI key.
"""
from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor

from ptk_repl.commands.base import command
from ptk_repl.providers import MissingCredentials, genai_client, openai_client
from ptk_repl.ui import printing

from . import Plugin

BATCH = 64


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class SemanticIndex(Plugin):
    name = "semantic"

    def __init__(self, state, client=None):
        super().__init__(state)
        self.client = client
        self.vectors: list[tuple[str, str, list[float]]] = []
        self._pool = ThreadPoolExecutor(max_workers=4)

    def _embed_openai(self, texts: list[str]) -> list[list[float]]:
        futures = [
            self._pool.submit(
                self.client.embeddings.create,
                model="text-embedding-3-small",
                input=texts[i : i + BATCH],
            )
            for i in range(0, len(texts), BATCH)
        ]
        out: list[list[float]] = []
        for fut in futures:
            out.extend(d.embedding for d in fut.result().data)
        return out

    def _embed_gemini(self, texts: list[str]) -> list[list[float]]:
        resp = genai_client().models.embed_content(model="gemini-embedding-001", contents=texts)
        return [e.values for e in resp.embeddings]

    def embed(self, texts: list[str]) -> list[list[float]]:
        if self.client is not None:
            return self._embed_openai(texts)
        return self._embed_gemini(texts)

    def rebuild(self) -> int:
        rows = []
        for conv_id, _title, _ in self.state.store.recent(200):
            conv = self.state.store.load(conv_id)
            for m in conv.messages:
                if m.role == "assistant" and len(m.content) > 40:
                    rows.append((conv_id, m.content))
        vectors = self.embed([text for _, text in rows])
        self.vectors = [(cid, text, vec) for (cid, text), vec in zip(rows, vectors)]
        return len(self.vectors)

    def query(self, text: str, k: int = 5):
        (qvec,) = self.embed([text])
        scored = sorted(self.vectors, key=lambda row: -_cosine(qvec, row[2]))
        return scored[:k]


_index: SemanticIndex | None = None


def setup(state):
    global _index
    try:
        client = openai_client()
    except MissingCredentials:
        client = None
    _index = SemanticIndex(state, client)
    return _index


@command("recall", raw=True)
def recall(state, text: str):
    """Find past answers related to TEXT."""
    if _index is None:
        printing.error("semantic plugin is not enabled")
        return
    if not _index.vectors:
        printing.dim(f"indexed {_index.rebuild()} answers")
    for conv_id, snippet, _ in _index.query(text):
        printing.dim(f"  {conv_id}: {snippet[:100]!r}")
