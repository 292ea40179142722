"""Azure AI Search index wrapper.

Embeddings are computed by the caller (the embedding function is injected) so
that this module stays provider-agnostic.
"""

from __future__ import annotations

import logging
from typing import Callable, Dict, List, Optional, Sequence

from azure.core.credentials import AzureKeyCredential
from azure.search.documents import SearchClient
from azure.search.documents.models import VectorizedQuery

logger = logging.getLogger(__name__)

EmbedFn = Callable[[Sequence[str]], List[List[float]]]


class VectorStore:
    def __init__(self, endpoint: str, index_name: str, api_key: str, embed_fn: EmbedFn) -> None:
        self._client = SearchClient(endpoint=endpoint, index_name=index_name, credential=AzureKeyCredential(api_key))
        self._embed = embed_fn

    def upsert_chunks(self, tenant_id: str, document_id: str, chunks: List[str]) -> int:
        vectors = self._embed(chunks)
        docs = [
            {
                "id": f"{document_id}-{i}",
                "tenant_id": tenant_id,
                "document_id": document_id,
                "content": chunk,
                "content_vector": vector,
            }
            for i, (chunk, vector) in enumerate(zip(chunks, vectors))
        ]
        result = self._client.upload_documents(documents=docs)
        failed = [r.key for r in result if not r.succeeded]
        if failed:
            logger.warning("Failed to index %d chunks: %s", len(failed), failed[:5])
        return len(docs) - len(failed)

    def search(self, tenant_id: str, query: str, top: int = 20, filter_expr: Optional[str] = None) -> List[Dict]:
        vector = self._embed([query])[0]
        flt = f"tenant_id eq '{tenant_id}'"
        if filter_expr:
            flt = f"{flt} and ({filter_expr})"
        results = self._client.search(
            search_text=query,
            vector_queries=[VectorizedQuery(vector=vector, k_nearest_neighbors=top, fields="content_vector")],
            filter=flt,
            top=top,
        )
        return [dict(r) for r in results]
