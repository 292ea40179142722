"""Small in-memory vector index over the model summary and the user's notes.

Embeddings use OpenAI when a key is set and fall back to a local Ollama
embedding model otherwise.
"""
import math

import ollama

from freecad.aiassist import preferences
from freecad.aiassist.llm import clients

EMBED_MODEL_OPENAI = "text-embedding-3-small"
EMBED_MODEL_OLLAMA = "nomic-embed-text"


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def chunk_text(text, size=800, overlap=100):
    chunks = []
    start = 0
    while start < len(text):
        chunks.append(text[start:start + size])
        start += size - overlap
    return chunks


class KnowledgeIndex:
    def __init__(self, use_openai=None):
        if use_openai is None:
            use_openai = bool(preferences.api_key("openai"))
        self.use_openai = use_openai
        self.chunks = []
        self.vectors = []

    def _embed(self, texts):
        if self.use_openai:
            resp = clients.get_openai_client().embeddings.create(
                model=EMBED_MODEL_OPENAI,
                input=texts,
            )
            return [d.embedding for d in resp.data]
        result = ollama.embed(model=EMBED_MODEL_OLLAMA, input=texts)
        return result["embeddings"]

    def add(self, text):
        new_chunks = chunk_text(text)
        if not new_chunks:
            return
        self.vectors.extend(self._embed(new_chunks))
        self.chunks.extend(new_chunks)

    def search(self, query, k=4):
        if not self.chunks:
            return []
        qv = self._embed([query])[0]
        scored = sorted(zip(self.chunks, self.vectors), key=lambda cv: _cosine(qv, cv[1]), reverse=True)
        return [c for c, _ in scored[:k]]

    def clear(self):
        self.chunks = []
        self.vectors = []
