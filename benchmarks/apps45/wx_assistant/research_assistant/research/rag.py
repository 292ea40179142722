"""Tiny local retrieval over imported notes, using Ollama for embeddings and answers."""
from __future__ import annotations

import math
from dataclasses import dataclass

import ollama

from research_assistant.core import get_ollama_client

EMBED_MODEL = "nomic-embed-text"
ANSWER_MODEL = "llama3.1"


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def chunk_text(text: str, size: int = 800, overlap: int = 100) -> list[str]:
    out, start = [], 0
    while start < len(text):
        out.append(text[start:start + size])
        start += size - overlap
    return out


@dataclass
class Hit:
    score: float
    text: str


class LocalIndex:
    def __init__(self, llm=None):
        self._llm = llm or get_ollama_client()
        self._chunks: list[str] = []
        self._vectors: list[list[float]] = []

    def add(self, text: str) -> int:
        chunks = chunk_text(text)
        if not chunks:
            return 0
        resp = ollama.embed(model=EMBED_MODEL, input=chunks)
        self._chunks.extend(chunks)
        self._vectors.extend(resp["embeddings"])
        return len(chunks)

    def add_vectors(self, chunks, vectors):
        self._chunks.extend(chunks)
        self._vectors.extend(vectors)

    def search(self, query_vector, k: int = 4) -> list[Hit]:
        scored = [Hit(_cosine(query_vector, v), c) for v, c in zip(self._vectors, self._chunks)]
        return sorted(scored, key=lambda h: h.score, reverse=True)[:k]

    def answer(self, question: str, k: int = 4) -> str:
        qv = ollama.embed(model=EMBED_MODEL, input=question)["embeddings"][0]
        context = "\n---\n".join(h.text for h in self.search(qv, k))
        out = self._llm.generate(
            model=ANSWER_MODEL,
            prompt=f"Use only this context:\n{context}\n\nQuestion: {question}\nAnswer:",
            options={"temperature": 0.1},
        )
        return out["response"]
