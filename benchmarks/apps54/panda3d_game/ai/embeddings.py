"""Lore retrieval: embed lore snippets so NPCs can answer questions about the world.

Cloud embeddings (OpenAI) are used when building the index offline; at runtime
the local Ollama model embeds the player's question.
"""
import json
import math
from pathlib import Path
from typing import List, Sequence, Tuple

import ollama

from ai.clients import get_genai_client, get_openai_client

LORE_INDEX = Path(__file__).resolve().parent.parent / "assets" / "lore_index.json"


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def embed_lore_openai(snippets: List[str]) -> List[List[float]]:
    client = get_openai_client()
    out = client.embeddings.create(model="text-embedding-3-small", input=snippets)
    return [d.embedding for d in out.data]


def embed_lore_gemini(snippets: List[str]) -> List[List[float]]:
    result = get_genai_client().models.embed_content(model="text-embedding-004", contents=snippets)
    return [e.values for e in result.embeddings]


def embed_query_local(text: str, model: str = "nomic-embed-text") -> List[float]:
    resp = ollama.embed(model=model, input=text)
    return resp["embeddings"][0]


class LoreIndex:
    def __init__(self, path: Path = LORE_INDEX):
        self.entries: List[Tuple[str, List[float]]] = []
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            self.entries = [(e["text"], e["vector"]) for e in data]

    def search(self, question: str, k: int = 3) -> List[str]:
        if not self.entries:
            return []
        q = embed_query_local(question)
        scored = sorted(self.entries, key=lambda e: cosine(q, e[1]), reverse=True)
        return [text for text, _ in scored[:k]]
