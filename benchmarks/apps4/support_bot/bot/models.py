"""Plain data objects shared by handlers and services."""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Dict, List, Optional


class Platform(str, Enum):
    SLACK = "slack"
    DISCORD = "discord"


class Urgency(str, Enum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"


@dataclass
class ChatTurn:
    role: str
    content: str
    ts: float = field(default_factory=time.time)

    def as_message(self) -> Dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass
class Conversation:
    platform: Platform
    channel_id: str
    thread_id: str
    user_id: str
    turns: List[ChatTurn] = field(default_factory=list)
    summary: Optional[str] = None

    @property
    def key(self) -> str:
        return f"{self.platform.value}:{self.channel_id}:{self.thread_id}"


@dataclass
class FaqDoc:
    doc_id: str
    title: str
    body: str
    url: str
    tags: List[str] = field(default_factory=list)
    embedding: Optional[List[float]] = None

    def text_for_embedding(self) -> str:
        return f"{self.title}\n\n{self.body}"


@dataclass
class SearchHit:
    doc: FaqDoc
    score: float


@dataclass
class TriageResult:
    category: str
    urgency: Urgency
    product_area: Optional[str] = None
    needs_human: bool = False
    reason: str = ""

    def to_dict(self) -> Dict[str, Any]:
        data = asdict(self)
        data["urgency"] = self.urgency.value
        return data


@dataclass
class Ticket:
    subject: str
    description: str
    requester_email: Optional[str] = None
    priority: str = "normal"
    tags: List[str] = field(default_factory=list)
    external_id: Optional[str] = None
