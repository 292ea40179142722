"""VectorIndex adapter for Qdrant."""
from __future__ import annotations

import logging
from typing import List, Optional

from qdrant_client import AsyncQdrantClient, models

from docqa.domain import Chunk, ScoredChunk
from docqa.ports import VectorIndex

logger = logging.getLogger(__name__)


class QdrantIndex(VectorIndex):
    def __init__(self, url: str, collection: str, dimension: int, api_key: Optional[str] = None) -> None:
        self._client = AsyncQdrantClient(url=url, api_key=api_key, timeout=30)
        self._collection = collection
        self._dimension = dimension

    async def ensure_collection(self) -> None:
        if await self._client.collection_exists(self._collection):
            return
        await self._client.create_collection(
            collection_name=self._collection,
            vectors_config=models.VectorParams(size=self._dimension, distance=models.Distance.COSINE),
            hnsw_config=models.HnswConfigDiff(payload_m=16, m=0),
        )
        # multitenancy: index on tenant_id, see qdrant docs "Multitenancy"
        await self._client.create_payload_index(
            collection_name=self._collection,
            field_name="tenant_id",
            field_schema=models.KeywordIndexParams(type=models.KeywordIndexType.KEYWORD, is_tenant=True),
        )
        logger.info("created qdrant collection %s (dim=%d)", self._collection, self._dimension)

    async def upsert(self, chunks: List[Chunk], vectors: List[List[float]]) -> None:
        points = [
            models.PointStruct(
                id=chunk.id,
                vector=vector,
                payload={
                    "tenant_id": chunk.tenant_id,
                    "document_id": chunk.document_id,
                    "ordinal": chunk.ordinal,
                    "page": chunk.page,
                    "text": chunk.text,
                    "context": chunk.context,
                },
            )
            for chunk, vector in zip(chunks, vectors)
        ]
        await self._client.upsert(collection_name=self._collection, points=points, wait=True)

    async def search(
        self, tenant_id: str, vector: List[float], limit: int, document_ids: Optional[List[str]] = None
    ) -> List[ScoredChunk]:
        must = [models.FieldCondition(key="tenant_id", match=models.MatchValue(value=tenant_id))]
        if document_ids:
            must.append(models.FieldCondition(key="document_id", match=models.MatchAny(any=document_ids)))
        result = await self._client.query_points(
            collection_name=self._collection,
            query=vector,
            query_filter=models.Filter(must=must),
            limit=limit,
            with_payload=True,
        )
        return [
            ScoredChunk(
                chunk=Chunk(
                    id=str(p.id),
                    document_id=p.payload["document_id"],
                    tenant_id=p.payload["tenant_id"],
                    ordinal=p.payload["ordinal"],
                    text=p.payload["text"],
                    context=p.payload.get("context"),
                    page=p.payload.get("page"),
                ),
                score=p.score,
            )
            for p in result.points
        ]

    async def delete_document(self, tenant_id: str, document_id: str) -> None:
        await self._client.delete(
            collection_name=self._collection,
            points_selector=models.FilterSelector(
                filter=models.Filter(
                    must=[
                        models.FieldCondition(key="tenant_id", match=models.MatchValue(value=tenant_id)),
                        models.FieldCondition(key="document_id", match=models.MatchValue(value=document_id)),
                    ]
                )
            ),
        )
