"""Embedding index over asset names/descriptions for semantic asset search."""

import json
import logging
import math
import os

log = logging.getLogger(__name__)

OPENAI_EMBED_MODEL = "text-embedding-3-small"
OLLAMA_EMBED_MODEL = "nomic-embed-text"


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a)) or 1.0
    nb = math.sqrt(sum(y * y for y in b)) or 1.0
    return dot / (na * nb)


class AssetIndex:
    def __init__(self, embed_fn, cache_path=None):
        self.embed_fn = embed_fn
        self.cache_path = cache_path
        self.items = {}
        if cache_path and os.path.exists(cache_path):
            with open(cache_path, encoding="utf-8") as fh:
                self.items = json.load(fh)

    def add_many(self, entries):
        todo = {k: v for k, v in entries.items() if k not in self.items}
        if not todo:
            return 0
        keys = list(todo)
        vectors = self.embed_fn([todo[k] for k in keys])
        for key, vec in zip(keys, vectors):
            self.items[key] = vec
        self.save()
        return len(keys)

    def search(self, query, top_k=10):
        qvec = self.embed_fn([query])[0]
        scored = sorted(((_cosine(qvec, v), k) for k, v in self.items.items()), reverse=True)
        return scored[:top_k]

    def save(self):
        if self.cache_path:
            with open(self.cache_path, "w", encoding="utf-8") as fh:
                json.dump(self.items, fh)


def openai_embedder(client):
    def embed(texts):
        resp = client.embeddings.create(model=OPENAI_EMBED_MODEL, input=texts)
        return [d.embedding for d in resp.data]

    return embed


def ollama_embedder(client):
    def embed(texts):
        return client.embed(model=OLLAMA_EMBED_MODEL, input=texts)["embeddings"]

    return embed


def embedder_for(session):
    if session.has("openai"):
        return openai_embedder(session.openai)
    return ollama_embedder(session.ollama)
