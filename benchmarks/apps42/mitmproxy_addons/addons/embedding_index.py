"""Keep an in-memory embedding index of JSON responses so you can ask
``llm.similar @focus`` for responses that look alike (useful to spot the
same error payload coming from different services)."""
from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Sequence

from mitmproxy import command, ctx, flow, http

from shared.clients import get_async_openai, make_openai_client

logger = logging.getLogger(__name__)


class EmbeddingIndex:
    def __init__(self) -> None:
        self.client = None
        self.vectors: dict[str, list[float]] = {}
        self.urls: dict[str, str] = {}

    def load(self, loader):
        loader.add_option("embedindex_enabled", bool, False, "Embed JSON responses for similarity search.")
        loader.add_option("embedindex_model", str, "text-embedding-3-small", "Embedding model.")
        loader.add_option("embedindex_max", int, 5000, "Maximum number of flows kept in the index.")

    def configure(self, updated):
        if "embedindex_enabled" in updated and ctx.options.embedindex_enabled:
            self.client = make_openai_client(timeout=10.0)

    async def response(self, flow: http.HTTPFlow) -> None:
        if self.client is None or flow.response is None:
            return
        if "json" not in flow.response.headers.get("content-type", ""):
            return
        text = flow.response.get_text(strict=False) or ""
        if not text.strip():
            return
        result = await asyncio.to_thread(
            self.client.embeddings.create,
            model=ctx.options.embedindex_model,
            input=text[:6000],
        )
        self.vectors[flow.id] = result.data[0].embedding
        self.urls[flow.id] = flow.request.pretty_url
        if len(self.vectors) > ctx.options.embedindex_max:
            oldest = next(iter(self.vectors))
            self.vectors.pop(oldest)
            self.urls.pop(oldest, None)

    @command.command("llm.similar")
    async def similar(self, flows: Sequence[flow.Flow], query: str = "") -> None:
        """Log the five indexed flows closest to the selected flow (or to QUERY)."""
        if query:
            emb = await get_async_openai().embeddings.create(model=ctx.options.embedindex_model, input=query)
            target = emb.data[0].embedding
        elif flows and flows[0].id in self.vectors:
            target = self.vectors[flows[0].id]
        else:
            logger.warning("selected flow is not indexed")
            return
        ranked = sorted(self.vectors.items(), key=lambda kv: -_cosine(target, kv[1]))[:5]
        for fid, vec in ranked:
            logger.info("%.3f  %s", _cosine(target, vec), self.urls.get(fid, fid))


def _cosine(a, b) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


addons = [EmbeddingIndex()]
