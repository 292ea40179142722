"""Semantic search over notes.  Vectors are cached in an .npz next to the notes."""
from __future__ import annotations

import logging
from pathlib import Path

import google.generativeai as genai
import numpy as np
import ollama

from app.config import get_settings
from services.clients import get_openai_client

log = logging.getLogger(__name__)

OPENAI_EMBED_MODEL = "text-embedding-3-small"
OLLAMA_EMBED_MODEL = "nomic-embed-text"
GEMINI_EMBED_MODEL = "models/text-embedding-004"


def embed_texts(texts: list[str], provider: str | None = None) -> np.ndarray:
    provider = provider or get_settings().provider
    if provider == "ollama":
        resp = ollama.embed(model=OLLAMA_EMBED_MODEL, input=texts)
        return np.asarray(resp["embeddings"], dtype=np.float32)
    if provider == "gemini":
        result = genai.embed_content(model=GEMINI_EMBED_MODEL, content=texts, task_type="retrieval_document")
        return np.asarray(result["embedding"], dtype=np.float32)
    # openai is the fallback for anthropic/mistral users too (no embeddings on anthropic)
    client = get_openai_client()
    resp = client.embeddings.create(model=OPENAI_EMBED_MODEL, input=texts)
    return np.asarray([d.embedding for d in resp.data], dtype=np.float32)


class EmbeddingIndex:
    def __init__(self, path: Path):
        self.path = path
        self.ids: list[str] = []
        self.vectors = np.zeros((0, 0), dtype=np.float32)
        if path.exists():
            data = np.load(path, allow_pickle=False)
            self.ids = list(data["ids"])
            self.vectors = data["vectors"]

    def upsert(self, note_id: str, vector: np.ndarray) -> None:
        vector = vector / (np.linalg.norm(vector) or 1.0)
        if note_id in self.ids:
            self.vectors[self.ids.index(note_id)] = vector
        elif self.vectors.size == 0:
            self.ids = [note_id]
            self.vectors = vector[None, :]
        else:
            self.ids.append(note_id)
            self.vectors = np.vstack([self.vectors, vector])

    def query(self, vector: np.ndarray, k: int = 5) -> list[tuple[str, float]]:
        if not self.ids:
            return []
        vector = vector / (np.linalg.norm(vector) or 1.0)
        scores = self.vectors @ vector
        order = np.argsort(-scores)[:k]
        return [(self.ids[i], float(scores[i])) for i in order]

    def save(self) -> None:
        np.savez(self.path, ids=np.asarray(self.ids), vectors=self.vectors)
