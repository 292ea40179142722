"""Legacy OpenAI embedder.

Kept for tenants whose collections were indexed with text-embedding-3-large before the
move to Voyage (see ADR-007). Do not use for new collections.
"""
from __future__ import annotations

import asyncio
import logging
from typing import List, Optional

from openai import OpenAI

from docqa.ports import Embedder
from docqa.utils import batched

logger = logging.getLogger(__name__)


class OpenAIEmbedder(Embedder):
    def __init__(
        self,
        api_key: str,
        model: str = "text-embedding-3-large",
        dimension: int = 1024,
        organization: Optional[str] = None,
    ) -> None:
        self._client = OpenAI(api_key=api_key, organization=organization)
        self.model = model
        self.dimension = dimension

    def _embed_sync(self, texts: List[str]) -> List[List[float]]:
        out: List[List[float]] = []
        for batch in batched(texts, 256):
            resp = self._client.embeddings.create(model=self.model, input=batch, dimensions=self.dimension)
            out.extend(item.embedding for item in sorted(resp.data, key=lambda d: d.index))
        return out

    async def embed_documents(self, texts: List[str]) -> List[List[float]]:
        return await asyncio.to_thread(self._embed_sync, texts)

    async def embed_query(self, text: str) -> List[float]:
        vectors = await asyncio.to_thread(self._embed_sync, [text])
        return vectors[0]
