"""Embedding helpers used by semantic_memory and the scripts.

The client is passed in; these functions do not care whether it came from the hub or a script.
"""
import math


def embed_openai(client, texts, model="text-embedding-3-small"):
    resp = client.embeddings.create(model=model, input=list(texts))
    return [d.embedding for d in resp.data]


def embed_ollama(client, texts, model="nomic-embed-text"):
    resp = client.embed(model=model, input=list(texts))
    return resp["embeddings"]


def embed_gemini(client, texts, model="text-embedding-004"):
    resp = client.models.embed_content(model=model, contents=list(texts))
    return [e.values for e in resp.embeddings]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def top_k(query_vec, items, k=3):
    scored = [(cosine(query_vec, item["vector"]), item) for item in items]
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [item for _, item in scored[:k]]
