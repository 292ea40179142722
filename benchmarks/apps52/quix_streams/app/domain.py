"""Plain domain objects shared by pipelines and scripts (no I/O here)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Review:
    review_id: str
    product_id: str
    text: str
    rating: int | None = None
    created_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, raw: dict[str, Any]) -> "Review":
        known = {"review_id", "product_id", "text", "rating", "created_at"}
        return cls(
            review_id=str(raw["review_id"]),
            product_id=str(raw.get("product_id", "unknown")),
            text=raw.get("text", ""),
            rating=raw.get("rating"),
            created_at=raw.get("created_at"),
            extra={k: v for k, v in raw.items() if k not in known},
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "review_id": self.review_id,
            "product_id": self.product_id,
            "text": self.text,
            "rating": self.rating,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class DigestReport:
    product_id: str
    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.lines.append(line)

    def generate(self) -> str:
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
        body = "\n".join(f"* {l}" for l in self.lines) or "* (no reviews)"
        return f"Digest for {self.product_id} ({stamp} UTC)\n{body}"


class SupportThread:
    """Conversation with a customer in the helpdesk (not a model chat)."""

    def __init__(self, ticket_id: str) -> None:
        self.ticket_id = ticket_id
        self.messages: list[tuple[str, str]] = []

    def chat(self, author: str, text: str) -> "SupportThread":
        self.messages.append((author, text))
        return self

    def completion(self) -> float:
        """Fraction of messages answered by an agent."""
        if not self.messages:
            return 0.0
        return sum(1 for a, _ in self.messages if a == "agent") / len(self.messages)
