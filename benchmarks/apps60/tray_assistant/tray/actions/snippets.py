"""Semantic search over saved snippets ("Find snippet..." menu)."""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

from tray import services, settings
from tray.workers import handler

log = logging.getLogger(__name__)

EMBED_MODEL = "text-embedding-3-small"
GEMINI_EMBED_MODEL = "text-embedding-004"
HF_EMBED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


@dataclass
class Snippet:
    title: str
    body: str
    vector: list[float] | None = None


def _store_path() -> Path:
    return settings.config_dir() / "snippets.json"


def load_snippets() -> list[Snippet]:
    path = _store_path()
    if not path.exists():
        return []
    return [Snippet(**row) for row in json.loads(path.read_text("utf-8"))]


def save_snippets(items: list[Snippet]) -> None:
    _store_path().write_text(json.dumps([s.__dict__ for s in items]), "utf-8")


def embed(texts: list[str]) -> list[list[float]]:
    if services.openai_client is not None:
        resp = services.openai_client.embeddings.create(model=EMBED_MODEL, input=texts)
        return [d.embedding for d in resp.data]
    if services.genai_client is not None:
        result = services.genai_client.models.embed_content(model=GEMINI_EMBED_MODEL, contents=texts)
        return [e.values for e in result.embeddings]
    # last resort: HF inference, one text at a time
    return [services.hf_client.feature_extraction(t, model=HF_EMBED_MODEL).tolist() for t in texts]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def reindex() -> int:
    items = load_snippets()
    missing = [s for s in items if s.vector is None]
    if missing:
        vectors = embed([f"{s.title}\n{s.body}" for s in missing])
        for s, v in zip(missing, vectors):
            s.vector = v
        save_snippets(items)
    return len(missing)


@handler("find_snippet")
def find_snippet(query: str, top_k: int = 5) -> list[Snippet]:
    reindex()
    items = load_snippets()
    qv = embed([query])[0]
    scored = sorted(items, key=lambda s: _cosine(qv, s.vector or []), reverse=True)
    return scored[:top_k]
