"""Use case: produce an executive summary of one document."""
from __future__ import annotations

import logging
from typing import List

from docqa.domain import Document
from docqa.ports import BlobStore, DocumentRepository, TextExtractor
from docqa.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

_SUMMARY_SYSTEM = "Summarize the document for a busy executive: 5 bullet points, then one risk."
_MAX_CHARS = 120_000


class SummarizeDocument:
    def __init__(self, documents: DocumentRepository, blobs: BlobStore, extractor: TextExtractor) -> None:
        self._documents = documents
        self._blobs = blobs
        self._extractor = extractor

    async def execute(self, tenant_id: str, document_id: str) -> str:
        doc: Document = await self._documents.get(tenant_id, document_id)
        data = await self._blobs.get(doc.blob_key)
        pages: List[str] = self._extractor.extract(data, doc.metadata.get("content_type", "application/pdf"))
        text = "\n\n".join(pages)[:_MAX_CHARS]
        summary = await multi_model_service.generate_response(
            prompt=f"Title: {doc.title}\n\n{text}",
            task_type="document_summary",
            complexity=TaskComplexity.STANDARD,
            system=_SUMMARY_SYSTEM,
            max_tokens=700,
        )
        doc.metadata["summary"] = summary[:4000]
        await self._documents.update(doc)
        return summary
