from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

from pydantic import BaseModel, Field


@dataclass
class Account:
    account_id: str
    name: str
    domain: Optional[str] = None
    description: str = ""
    industry_hint: Optional[str] = None
    country: Optional[str] = None
    employee_count: Optional[int] = None


@dataclass
class Ticket:
    ticket_id: str
    subject: str
    body: str
    priority: str = "normal"
    product: Optional[str] = None
    comments: List[str] = field(default_factory=list)


@dataclass
class Review:
    review_id: str
    product_sku: str
    language: str
    rating: int
    body: str


@dataclass
class Document:
    doc_id: str
    title: str
    text: str
    source: str = "catalog"
    metadata: Dict[str, Any] = field(default_factory=dict)


@dataclass
class EnrichmentResult:
    entity_type: str
    entity_id: str
    field: str
    value: Any
    model: str
    provider: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def to_row(self) -> Dict[str, Any]:
        row = asdict(self)
        row["created_at"] = self.created_at.isoformat()
        return row


class Classification(BaseModel):
    industry: str
    segment: str = Field(description="smb | mid_market | enterprise")
    confidence: float = Field(ge=0.0, le=1.0)
    rationale: Optional[str] = None


class ExtractedEntities(BaseModel):
    products: List[str] = Field(default_factory=list)
    competitors: List[str] = Field(default_factory=list)
    people: List[str] = Field(default_factory=list)
    sentiment: str = "neutral"
