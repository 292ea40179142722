import uuid
from datetime import datetime, timezone
from enum import Enum
from typing import Any, Optional

from pgvector.sqlalchemy import Vector
from pydantic import EmailStr
from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, Relationship, SQLModel

from app.core.config import settings


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# ---------------------------------------------------------------------------
# Tenants / users
# ---------------------------------------------------------------------------


class Tenant(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(max_length=255)
    slug: str = Field(max_length=64, unique=True, index=True)
    plan: str = Field(default="starter", max_length=32)
    ai_features_enabled: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    users: list["User"] = Relationship(back_populates="tenant")


class UserBase(SQLModel):
    email: EmailStr = Field(unique=True, index=True, max_length=255)
    is_active: bool = True
    is_superuser: bool = False
    full_name: str | None = Field(default=None, max_length=255)


class UserCreate(UserBase):
    password: str = Field(min_length=8, max_length=40)


class UserUpdateMe(SQLModel):
    full_name: str | None = Field(default=None, max_length=255)
    email: EmailStr | None = Field(default=None, max_length=255)


class User(UserBase, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    hashed_password: str
    tenant_id: uuid.UUID = Field(foreign_key="tenant.id", nullable=False, index=True)
    tenant: Optional[Tenant] = Relationship(back_populates="users")
    onboarding_steps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))


class UserPublic(UserBase):
    id: uuid.UUID
    tenant_id: uuid.UUID


class Token(SQLModel):
    access_token: str
    token_type: str = "bearer"


class TokenPayload(SQLModel):
    sub: str | None = None
    tid: str | None = None


class Message(SQLModel):
    message: str


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------


class DocumentStatus(str, Enum):
    uploaded = "uploaded"
    indexing = "indexing"
    ready = "ready"
    failed = "failed"


class DocumentBase(SQLModel):
    title: str = Field(min_length=1, max_length=500)
    source: str | None = Field(default=None, max_length=64)


class DocumentCreate(DocumentBase):
    body: str


class Document(DocumentBase, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(foreign_key="tenant.id", index=True)
    owner_id: uuid.UUID = Field(foreign_key="user.id")
    body: str = Field(sa_column=Column(Text))
    summary: str | None = Field(default=None, sa_column=Column(Text))
    key_points: list[str] | None = Field(default=None, sa_column=Column(JSON))
    status: DocumentStatus = DocumentStatus.uploaded
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class DocumentPublic(DocumentBase):
    id: uuid.UUID
    summary: str | None
    key_points: list[str] | None
    status: DocumentStatus
    created_at: datetime


class DocumentsPublic(SQLModel):
    data: list[DocumentPublic]
    count: int


class DocumentChunk(SQLModel, table=True):
    __tablename__ = "document_chunk"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    document_id: uuid.UUID = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    tenant_id: uuid.UUID = Field(index=True)
    ordinal: int
    text: str = Field(sa_column=Column(Text))
    embedding: list[float] | None = Field(
        default=None, sa_column=Column(Vector(settings.EMBEDDING_DIM))
    )
    # which model produced the vector; we are half way through moving off ada/3-small
    embedding_model: str | None = Field(default=None, max_length=64)


class SearchHit(SQLModel):
    document_id: uuid.UUID
    chunk_id: uuid.UUID
    title: str
    snippet: str
    score: float


# ---------------------------------------------------------------------------
# Support tickets
# ---------------------------------------------------------------------------


class Ticket(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(foreign_key="tenant.id", index=True)
    subject: str = Field(max_length=500)
    customer_email: str = Field(max_length=255)
    status: str = Field(default="open", max_length=32)
    created_at: datetime = Field(default_factory=utcnow)


class TicketMessage(SQLModel, table=True):
    __tablename__ = "ticket_message"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    ticket_id: uuid.UUID = Field(foreign_key="ticket.id", index=True)
    author: str = Field(max_length=16)  # "customer" | "agent" | "draft"
    body: str = Field(sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)


class DraftRequest(SQLModel):
    tone: str = "friendly"
    extra_instructions: str | None = None


class DraftReply(SQLModel):
    ticket_id: uuid.UUID
    body: str
    model: str


# ---------------------------------------------------------------------------
# Assets (images)
# ---------------------------------------------------------------------------


class Asset(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(foreign_key="tenant.id", index=True)
    s3_key: str = Field(max_length=1024)
    content_type: str = Field(max_length=64)
    alt_text: str | None = Field(default=None, max_length=1000)
    alt_text_source: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utcnow)


# ---------------------------------------------------------------------------
# Moderation
# ---------------------------------------------------------------------------


class ModerationVerdict(SQLModel):
    flagged: bool
    categories: list[str] = []
    severity: int = 0  # 0..3
    reason: str | None = None


class ModerationEvent(SQLModel, table=True):
    __tablename__ = "moderation_event"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(index=True)
    object_type: str = Field(max_length=32)
    object_id: uuid.UUID
    flagged: bool
    excerpt: str | None = Field(default=None, sa_column=Column(Text))
    categories: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    reason: str | None = Field(default=None, sa_column=Column(Text))
    appeal_text: str | None = Field(default=None, sa_column=Column(Text))
    appeal_outcome: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utcnow)


# ---------------------------------------------------------------------------
# LLM usage (written by app.services.llm_usage_tracker)
# ---------------------------------------------------------------------------


class LLMUsageLog(SQLModel, table=True):
    __tablename__ = "llm_usage_logs"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID | None = Field(default=None, index=True)
    provider: str = Field(max_length=32)
    model: str = Field(max_length=128)
    feature_context: str = Field(max_length=64)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)
