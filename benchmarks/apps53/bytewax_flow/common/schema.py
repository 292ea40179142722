"""Records that flow between steps."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

CATEGORIES = ("billing", "bug", "account", "how_to", "feature_request", "abuse", "other")
PRIORITIES = ("p1", "p2", "p3", "p4")


@dataclass
class SupportMessage:
    message_id: str
    conversation_id: str
    customer_id: str
    channel: str
    body: str
    subject: str = ""
    language: str | None = None
    received_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, raw: bytes | str) -> "SupportMessage":
        data = json.loads(raw)
        received = data.get("received_at")
        return cls(
            message_id=str(data["id"]),
            conversation_id=str(data.get("conversation_id") or data["id"]),
            customer_id=str(data.get("customer_id", "anonymous")),
            channel=data.get("channel", "email"),
            body=data.get("body", ""),
            subject=data.get("subject", ""),
            language=data.get("language"),
            received_at=datetime.fromisoformat(received) if received else datetime.now(timezone.utc),
            metadata=data.get("metadata", {}),
        )

    def to_json(self) -> str:
        payload = asdict(self)
        payload["received_at"] = self.received_at.isoformat()
        return json.dumps(payload)


@dataclass
class Triage:
    message: SupportMessage
    category: str = "other"
    priority: str = "p3"
    sentiment: float = 0.0
    flagged: bool = False
    reasons: list[str] = field(default_factory=list)
    model: str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "message_id": self.message.message_id,
                "conversation_id": self.message.conversation_id,
                "category": self.category,
                "priority": self.priority,
                "sentiment": self.sentiment,
                "flagged": self.flagged,
                "reasons": self.reasons,
                "model": self.model,
            }
        )


@dataclass
class ConversationState:
    conversation_id: str
    messages: list[SupportMessage] = field(default_factory=list)
    last_summary: str | None = None
    summarised_count: int = 0

    def add(self, msg: SupportMessage) -> None:
        self.messages.append(msg)

    def transcript(self, limit: int = 40) -> str:
        lines = []
        for m in self.messages[-limit:]:
            lines.append(f"[{m.received_at:%Y-%m-%d %H:%M}] {m.channel}/{m.customer_id}: {m.body}")
        return "\n".join(lines)


@dataclass
class EmbeddedDoc:
    doc_id: str
    text: str
    vector: list[float]
    model: str
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReplyDraft:
    conversation_id: str
    message_id: str
    body: str
    model: str
    confidence: float = 0.5
