"""Plain data objects persisted in Table Storage / AI Search."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


@dataclass
class DocumentRecord:
    tenant_id: str
    document_id: str
    title: str
    body: str
    language: str = "en"
    source: str = "upload"
    status: str = "received"
    summary: Optional[str] = None
    tags: List[str] = field(default_factory=list)
    category: Optional[str] = None
    thumbnail_url: Optional[str] = None
    created_at: str = field(default_factory=_now)
    updated_at: str = field(default_factory=_now)

    def to_entity(self) -> Dict[str, Any]:
        return {
            "PartitionKey": self.tenant_id,
            "RowKey": self.document_id,
            "Title": self.title,
            "Body": self.body[:30000],  # Table Storage property limit
            "Language": self.language,
            "Source": self.source,
            "Status": self.status,
            "Summary": self.summary or "",
            "Tags": ",".join(self.tags),
            "Category": self.category or "",
            "ThumbnailUrl": self.thumbnail_url or "",
            "CreatedAt": self.created_at,
            "UpdatedAt": _now(),
        }

    @classmethod
    def from_entity(cls, entity: Dict[str, Any]) -> "DocumentRecord":
        return cls(
            tenant_id=entity["PartitionKey"],
            document_id=entity["RowKey"],
            title=entity.get("Title", ""),
            body=entity.get("Body", ""),
            language=entity.get("Language", "en"),
            source=entity.get("Source", "upload"),
            status=entity.get("Status", "received"),
            summary=entity.get("Summary") or None,
            tags=[t for t in (entity.get("Tags") or "").split(",") if t],
            category=entity.get("Category") or None,
            thumbnail_url=entity.get("ThumbnailUrl") or None,
            created_at=entity.get("CreatedAt", _now()),
            updated_at=entity.get("UpdatedAt", _now()),
        )


@dataclass
class EnrichmentResult:
    document_id: str
    category: Optional[str] = None
    tags: List[str] = field(default_factory=list)
    summary: Optional[str] = None
    embedding: Optional[List[float]] = None
    entities: List[Dict[str, Any]] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors
