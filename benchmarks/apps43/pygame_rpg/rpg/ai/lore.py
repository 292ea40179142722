"""Lore book: semantic search over the village lore so NPCs stay consistent.

Lore entries are embedded once (OpenAI embeddings, cached next to the lore
file). NPCs get the top matches injected into their situation line.
"""
from __future__ import annotations

import asyncio
import json
import logging
import math
from pathlib import Path

import ollama
import openai
import tiktoken

from rpg.ai import get_openai
from settings import AI_SETTINGS, ASSETS

log = logging.getLogger(__name__)

LORE_FILE = ASSETS / "lore.json"
EMBED_CACHE = ASSETS / "lore.embeddings.json"
EMBED_MODEL = "text-embedding-3-small"

_enc = tiktoken.get_encoding("cl100k_base")


def token_len(text: str) -> int:
    return len(_enc.encode(text))


class LoreBook:
    def __init__(self, entries: list[dict], vectors: list[list[float]] | None = None):
        self.entries = entries
        self.vectors = vectors or []

    @classmethod
    def load(cls, path: Path = LORE_FILE) -> "LoreBook":
        entries = json.loads(path.read_text(encoding="utf-8"))
        vectors = None
        if EMBED_CACHE.exists():
            cached = json.loads(EMBED_CACHE.read_text())
            if cached.get("model") == EMBED_MODEL and len(cached["vectors"]) == len(entries):
                vectors = cached["vectors"]
        return cls(entries, vectors)

    def build_index(self) -> None:
        texts = [e["text"] for e in self.entries]
        batch, batches, size = [], [], 0
        for t in texts:
            n = token_len(t)
            if size + n > 8000 and batch:
                batches.append(batch)
                batch, size = [], 0
            batch.append(t)
            size += n
        if batch:
            batches.append(batch)
        client = get_openai()
        vectors: list[list[float]] = []
        for b in batches:
            resp = client.embeddings.create(model=EMBED_MODEL, input=b)
            vectors.extend(d.embedding for d in resp.data)
        self.vectors = vectors
        EMBED_CACHE.write_text(json.dumps({"model": EMBED_MODEL, "vectors": vectors}))

    def search(self, query: str, k: int = 3) -> list[str]:
        if not self.vectors:
            return []
        qv = openai.embeddings.create(model=EMBED_MODEL, input=query).data[0].embedding
        scored = sorted(
            zip(self.entries, self.vectors),
            key=lambda ev: -sum(a * b for a, b in zip(qv, ev[1])) / (math.hypot(*ev[1]) or 1.0),
        )
        return [e["text"] for e, _ in scored[:k]]


async def check_consistency(npc_line: str, facts: list[str]) -> bool:
    """Ask the local model whether an NPC line contradicts the lore. Used by the QA bot."""
    client = ollama.AsyncClient(host=AI_SETTINGS.ollama_host)
    resp = await client.chat(
        model=AI_SETTINGS.ollama_model,
        messages=[
            {"role": "system", "content": "Answer only YES or NO."},
            {"role": "user", "content": "Facts:\n" + "\n".join(facts) + f"\n\nDoes this contradict them? {npc_line}"},
        ],
    )
    return resp.message.content.strip().upper().startswith("NO")


def check_all(lines: list[str], facts: list[str]) -> list[bool]:
    async def _run():
        return await asyncio.gather(*(check_consistency(l, facts) for l in lines))

    return asyncio.run(_run())
