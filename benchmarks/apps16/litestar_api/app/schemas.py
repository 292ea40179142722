from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import List, Optional

import msgspec


class MatterIn(msgspec.Struct):
    client_name: str
    title: str
    matter_number: str
    practice_area: Optional[str] = None


class MatterOut(msgspec.Struct):
    id: uuid.UUID
    client_name: str
    title: str
    matter_number: str
    status: str
    practice_area: Optional[str]
    summary: Optional[str]
    created_at: datetime


class DocumentOut(msgspec.Struct):
    id: uuid.UUID
    matter_id: uuid.UUID
    filename: str
    kind: str
    content_type: str
    ingest_status: str
    suggested_title: Optional[str] = None
    page_count: Optional[int] = None


@dataclass
class ChatMessage:
    role: str
    content: str


@dataclass
class ChatRequest:
    messages: List[ChatMessage]
    context_chunk_ids: List[uuid.UUID] = field(default_factory=list)


@dataclass
class SearchHit:
    chunk_id: uuid.UUID
    document_id: uuid.UUID
    text: str
    score: float


@dataclass
class LetterRequest:
    recipient: str
    purpose: str
    tone: str = "formal"
    key_points: List[str] = field(default_factory=list)


@dataclass
class ReviewRequest:
    document_id: uuid.UUID
    counterparty: Optional[str] = None


@dataclass
class RedlineRequest:
    clause_text: str
    position: str


@dataclass
class ResearchRequest:
    question: str
    jurisdiction: str = ""
