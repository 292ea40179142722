"""Semantic response cache in Redis.  Embeddings come from Gemini (cheapest for us)."""
from __future__ import annotations

import hashlib
import json
import math
import struct
from typing import Any

import redis.asyncio as redis
from google.genai import types as genai_types

from agent_workers.toolbox import Toolbox

EMBED_MODEL = "text-embedding-004"
THRESHOLD = 0.93


def _pack(vec: list[float]) -> bytes:
    return struct.pack(f"{len(vec)}f", *vec)


def _unpack(raw: bytes) -> list[float]:
    return list(struct.unpack(f"{len(raw) // 4}f", raw))


def _cos(a: list[float], b: list[float]) -> float:
    num = sum(x * y for x, y in zip(a, b))
    den = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return num / den if den else 0.0


class SemanticCache:
    def __init__(self, toolbox: Toolbox, r: redis.Redis, namespace: str = "aw:semcache") -> None:
        self.box = toolbox
        self.redis = r
        self.ns = namespace

    async def _embed(self, text: str) -> list[float]:
        resp = await self.box.genai.aio.models.embed_content(
            model=EMBED_MODEL,
            contents=text,
            config=genai_types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
        )
        return list(resp.embeddings[0].values)

    async def lookup(self, kind: str, prompt: str) -> dict[str, Any] | None:
        exact = await self.redis.get(f"{self.ns}:exact:{kind}:{hashlib.sha256(prompt.encode()).hexdigest()}")
        if exact:
            return json.loads(exact)
        vec = await self._embed(prompt)
        best, best_score = None, 0.0
        async for key in self.redis.scan_iter(f"{self.ns}:vec:{kind}:*"):
            score = _cos(vec, _unpack(await self.redis.get(key)))
            if score > best_score:
                best, best_score = key, score
        if best is None or best_score < THRESHOLD:
            return None
        raw = await self.redis.get(best.replace(b":vec:", b":val:") if isinstance(best, bytes) else best.replace(":vec:", ":val:"))
        return json.loads(raw) if raw else None

    async def store(self, kind: str, prompt: str, value: dict[str, Any], ttl_s: int = 3600) -> None:
        digest = hashlib.sha256(prompt.encode()).hexdigest()
        vec = await self._embed(prompt)
        async with self.redis.pipeline() as pipe:
            pipe.set(f"{self.ns}:exact:{kind}:{digest}", json.dumps(value), ex=ttl_s)
            pipe.set(f"{self.ns}:vec:{kind}:{digest}", _pack(vec), ex=ttl_s)
            pipe.set(f"{self.ns}:val:{kind}:{digest}", json.dumps(value), ex=ttl_s)
            await pipe.execute()
