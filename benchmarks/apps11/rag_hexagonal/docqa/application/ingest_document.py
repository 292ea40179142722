"""Use case: turn an uploaded document into indexed chunks."""
from __future__ import annotations

import logging
from typing import Awaitable, Callable, List, Optional

from docqa.domain import Chunk, Document, DocumentStatus, new_id
from docqa.ports import BlobStore, DocumentRepository, Embedder, TextExtractor, VectorIndex
from docqa.utils import split_into_chunks

logger = logging.getLogger(__name__)

# (document, chunks) -> chunks with `context` filled in
Contextualizer = Callable[[Document, List[Chunk]], Awaitable[List[Chunk]]]


class IngestDocument:
    def __init__(
        self,
        documents: DocumentRepository,
        blobs: BlobStore,
        extractor: TextExtractor,
        embedder: Embedder,
        index: VectorIndex,
        *,
        chunk_size: int = 1200,
        chunk_overlap: int = 150,
        contextualizer: Optional[Contextualizer] = None,
    ) -> None:
        self._documents = documents
        self._blobs = blobs
        self._extractor = extractor
        self._embedder = embedder
        self._index = index
        self._chunk_size = chunk_size
        self._chunk_overlap = chunk_overlap
        self._contextualizer = contextualizer

    def chunk_pages(self, document: Document, pages: List[str]) -> List[Chunk]:
        chunks: List[Chunk] = []
        for page_no, page_text in enumerate(pages, start=1):
            for piece in split_into_chunks(page_text, self._chunk_size, self._chunk_overlap):
                chunks.append(
                    Chunk(
                        id=new_id(),
                        document_id=document.id,
                        tenant_id=document.tenant_id,
                        ordinal=len(chunks),
                        text=piece,
                        page=page_no if len(pages) > 1 else None,
                    )
                )
        return chunks

    async def execute(self, document: Document, pages: Optional[List[str]] = None) -> int:
        document.status = DocumentStatus.PROCESSING
        await self._documents.update(document)
        if pages is None:
            data = await self._blobs.get(document.blob_key)
            pages = self._extractor.extract(data, document.metadata.get("content_type", "application/pdf"))
        chunks = self.chunk_pages(document, pages)
        if self._contextualizer is not None:
            chunks = await self._contextualizer(document, chunks)
        vectors = await self._embedder.embed_documents([c.embedding_text() for c in chunks])
        await self._index.ensure_collection()
        await self._index.delete_document(document.tenant_id, document.id)
        await self._index.upsert(chunks, vectors)
        document.status = DocumentStatus.INDEXED
        await self._documents.update(document)
        logger.info("indexed document %s: %d chunks", document.id, len(chunks))
        return len(chunks)
