"""Embeddings for the 'find similar layers' feature."""
from __future__ import annotations

import numpy as np

from .clients import get_gemini_client, get_ollama_client, get_openai_client


def embed_captions_openai(captions: list[str], model: str = "text-embedding-3-small") -> np.ndarray:
    client = get_openai_client()
    resp = client.embeddings.create(model=model, input=captions)
    return np.array([d.embedding for d in resp.data], dtype=np.float32)


def embed_captions_gemini(captions: list[str]) -> np.ndarray:
    result = get_gemini_client().models.embed_content(
        model="text-embedding-004", contents=captions
    )
    return np.array([e.values for e in result.embeddings], dtype=np.float32)


def embed_captions_local(captions: list[str], model: str = "nomic-embed-text") -> np.ndarray:
    out = get_ollama_client().embed(model=model, input=captions)
    return np.asarray(out.embeddings, dtype=np.float32)


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return a @ b.T
