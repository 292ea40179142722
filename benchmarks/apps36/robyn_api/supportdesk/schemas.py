"""Plain dataclasses shared between routes, services and repositories."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any


class Priority(str, enum.Enum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Category(str, enum.Enum):
    BILLING = "billing"
    BUG = "bug"
    ACCOUNT = "account"
    FEATURE_REQUEST = "feature_request"
    HOW_TO = "how_to"
    OTHER = "other"


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Ticket:
    id: int | None
    customer_email: str
    subject: str
    body: str
    priority: Priority = Priority.NORMAL
    category: Category = Category.OTHER
    status: str = "open"
    tags: list[str] = field(default_factory=list)
    created_at: datetime = field(default_factory=_now)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["priority"] = self.priority.value
        data["category"] = self.category.value
        data["created_at"] = self.created_at.isoformat()
        return data


@dataclass
class TriageResult:
    category: Category
    priority: Priority
    summary: str
    confidence: float = 0.0
    model: str = ""


@dataclass
class Draft:
    ticket_id: int
    text: str
    model: str
    sources: list[int] = field(default_factory=list)
    approved: bool = False


@dataclass
class KBArticle:
    id: int
    title: str
    body: str
    url: str = ""
    embedding: list[float] | None = None


@dataclass
class SearchHit:
    article_id: int
    title: str
    score: float
    snippet: str = ""
