"""Semantic 'find similar paragraph' using OpenAI embeddings, cached on disk."""
import hashlib
import json
import math
import os

from writerai.clients import get_openai_client

CACHE_DIR = os.path.join(os.path.expanduser("~"), ".cache", "writerai", "emb")
EMBED_MODEL = "text-embedding-3-small"


def _key(text):
    return hashlib.sha1((EMBED_MODEL + text).encode("utf-8")).hexdigest()


def _load(key):
    try:
        with open(os.path.join(CACHE_DIR, key + ".json")) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def _store(key, vec):
    os.makedirs(CACHE_DIR, exist_ok=True)
    with open(os.path.join(CACHE_DIR, key + ".json"), "w") as fh:
        json.dump(vec, fh)


def embed(texts):
    missing = [t for t in texts if _load(_key(t)) is None]
    if missing:
        resp = get_openai_client().embeddings.create(model=EMBED_MODEL, input=missing)
        for text, item in zip(missing, resp.data):
            _store(_key(text), item.embedding)
    return [_load(_key(t)) for t in texts]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def most_similar(query, paragraphs, top_k=3):
    vectors = embed([query] + paragraphs)
    qv, pvs = vectors[0], vectors[1:]
    scored = sorted(enumerate(pvs), key=lambda iv: cosine(qv, iv[1]), reverse=True)
    return [(i, paragraphs[i]) for i, _ in scored[:top_k]]
