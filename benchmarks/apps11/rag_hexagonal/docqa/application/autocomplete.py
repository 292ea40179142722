"""Use case: title autocompletion for the search box (pure database lookup)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List

from docqa.ports import DocumentRepository


@dataclass
class TitleSuggestion:
    document_id: str
    title: str


class TitleAutocomplete:
    def __init__(self, documents: DocumentRepository, limit: int = 8) -> None:
        self._documents = documents
        self._limit = limit

    async def completion(self, tenant_id: str, prefix: str) -> List[TitleSuggestion]:
        prefix = prefix.strip()
        if len(prefix) < 2:
            return []
        docs = await self._documents.search_titles(tenant_id, prefix, self._limit)
        return [TitleSuggestion(document_id=d.id, title=d.title) for d in docs]
