"""Record types flowing through the dataflow."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Literal

Kind = Literal["ticket", "review"]


@dataclass
class InboundRecord:
    kind: Kind
    id: str
    tenant: str
    text: str
    product_id: str | None = None
    rating: int | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_kafka(cls, kind: Kind, raw: bytes) -> "InboundRecord":
        payload = json.loads(raw)
        return cls(
            kind=kind,
            id=str(payload["id"]),
            tenant=payload.get("tenant", "default"),
            text=(payload.get("body") or payload.get("text") or "").strip(),
            product_id=payload.get("product_id"),
            rating=payload.get("rating"),
            meta=payload.get("meta", {}),
        )


@dataclass
class Classification:
    category: str
    priority: str
    sentiment: str
    language: str = "en"
    confidence: float = 0.0


@dataclass
class EnrichedRecord:
    record: InboundRecord
    classification: Classification | None = None
    embedding: list[float] | None = None
    flagged: bool = False
    summary: str | None = None
    model_versions: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> bytes:
        d = asdict(self)
        d["record"]["created_at"] = self.record.created_at.isoformat()
        return json.dumps(d).encode()


@dataclass
class ProductDigest:
    product_id: str
    window_end: datetime
    review_count: int
    summary: str
    avg_rating: float | None = None
