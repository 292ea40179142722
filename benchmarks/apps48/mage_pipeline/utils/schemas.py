"""Pydantic models for enrichment output and run bookkeeping."""
import uuid
from datetime import datetime, timezone
from typing import List, Optional

from pydantic import BaseModel, Field, field_validator

from mage_pipeline.utils.prompts import CATEGORY_LABELS


class KBArticle(BaseModel):
    id: str
    title: str
    url: str
    relevance: float = 0.0


class TicketEntities(BaseModel):
    order_ids: List[str] = Field(default_factory=list)
    product_names: List[str] = Field(default_factory=list)
    error_codes: List[str] = Field(default_factory=list)
    emails: List[str] = Field(default_factory=list)


class EnrichedTicket(BaseModel):
    ticket_id: int
    language: str = 'en'
    category: str = 'other'
    category_confidence: float = 0.0
    summary: Optional[str] = None
    sentiment: float = 0.0
    entities: TicketEntities = Field(default_factory=TicketEntities)
    kb_articles: List[KBArticle] = Field(default_factory=list)
    draft_reply: Optional[str] = None

    @field_validator('category')
    @classmethod
    def _known_category(cls, v: str) -> str:
        if v not in CATEGORY_LABELS:
            raise ValueError(f'unknown category {v}')
        return v


class EnrichmentRun(BaseModel):
    run_id: str
    pipeline: str
    started_at: datetime
    finished_at: Optional[datetime] = None
    ticket_count: int = 0
    failures: int = 0
    notes: List[str] = Field(default_factory=list)

    @classmethod
    def create(cls, pipeline: str) -> 'EnrichmentRun':
        return cls(run_id=uuid.uuid4().hex, pipeline=pipeline, started_at=datetime.now(timezone.utc))

    def finish(self, ticket_count: int, failures: int = 0) -> 'EnrichmentRun':
        self.finished_at = datetime.now(timezone.utc)
        self.ticket_count = ticket_count
        self.failures = failures
        return self

    @property
    def duration_s(self) -> float:
        end = self.finished_at or datetime.now(timezone.utc)
        return (end - self.started_at).total_seconds()


class ReplyTemplate(BaseModel):
    """Canned replies authored by support leads; `generate` fills placeholders."""
    name: str
    body: str

    def generate(self, **values) -> str:
        out = self.body
        for key, val in values.items():
            out = out.replace('{{' + key + '}}', str(val))
        return out
