"""Attribute embeddings for 'find similar features'."""
import math

from .clients import client_for
from . import settings

BATCH = 64


def feature_text(row):
    return "; ".join("{}={}".format(k, v) for k, v in row.items() if not k.startswith("_"))


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def embed_texts(texts, provider=None):
    provider = provider or settings.value("embedding_provider", "openai")
    model = settings.EMBEDDING_MODELS[provider]
    client = client_for(provider)
    vectors = []
    for start in range(0, len(texts), BATCH):
        batch = texts[start:start + BATCH]
        if provider == "openai":
            resp = client.embeddings.create(model=model, input=batch)
            vectors.extend(d.embedding for d in resp.data)
        elif provider == "mistral":
            resp = client.embeddings.create(model=model, inputs=batch)
            vectors.extend(d.embedding for d in resp.data)
        elif provider == "google":
            resp = client.models.embed_content(model=model, contents=batch)
            vectors.extend(e.values for e in resp.embeddings)
        elif provider == "ollama":
            resp = client.embed(model=model, input=batch)
            vectors.extend(resp["embeddings"])
        else:
            raise ValueError("No embedding support for {}".format(provider))
    return vectors


def most_similar(query_vec, vectors, ids, k=10):
    scored = sorted(zip(ids, (cosine(query_vec, v) for v in vectors)), key=lambda t: -t[1])
    return scored[:k]
