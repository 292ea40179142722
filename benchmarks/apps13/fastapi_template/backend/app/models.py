import uuid
from datetime import datetime
from enum import Enum

from pgvector.sqlalchemy import Vector
from pydantic import EmailStr
from sqlmodel import JSON, Column, Field, SQLModel, Text

from app.core.config import settings


# --- Tenants / workspaces --------------------------------------------------

class TenantPlan(str, Enum):
    starter = "starter"
    growth = "growth"
    enterprise = "enterprise"


class Tenant(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(max_length=255)
    slug: str = Field(max_length=64, unique=True, index=True)
    plan: TenantPlan = TenantPlan.starter
    # e.g. {"reply_drafts": true, "alt_text": false, "language": "de"}
    ai_settings: dict = Field(default_factory=dict, sa_column=Column(JSON))
    monthly_token_budget: int = 2_000_000
    created_at: datetime = Field(default_factory=datetime.utcnow)

    def ai_enabled(self, feature: str) -> bool:
        return bool(self.ai_settings.get(feature, self.plan != TenantPlan.starter))

    @property
    def language(self) -> str:
        return self.ai_settings.get("language", "en")


# --- Users and auth --------------------------------------------------------

class UserBase(SQLModel):
    email: EmailStr = Field(unique=True, index=True, max_length=255)
    is_active: bool = True
    is_superuser: bool = False
    full_name: str | None = Field(default=None, max_length=255)


class UserCreate(UserBase):
    password: str = Field(min_length=8, max_length=40)
    tenant_id: uuid.UUID | None = None


class UserRegister(SQLModel):
    email: EmailStr = Field(max_length=255)
    password: str = Field(min_length=8, max_length=40)
    full_name: str | None = Field(default=None, max_length=255)


class UserUpdate(UserBase):
    email: EmailStr | None = Field(default=None, max_length=255)  # type: ignore
    password: str | None = Field(default=None, min_length=8, max_length=40)


class UpdatePassword(SQLModel):
    current_password: str = Field(min_length=8, max_length=40)
    new_password: str = Field(min_length=8, max_length=40)


class User(UserBase, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    hashed_password: str
    tenant_id: uuid.UUID | None = Field(default=None, foreign_key="tenant.id", index=True)


class UserPublic(UserBase):
    id: uuid.UUID
    tenant_id: uuid.UUID | None = None


class UsersPublic(SQLModel):
    data: list[UserPublic]
    count: int


class Message(SQLModel):
    message: str


class Token(SQLModel):
    access_token: str
    token_type: str = "bearer"


class TokenPayload(SQLModel):
    sub: str | None = None
    tid: str | None = None


class NewPassword(SQLModel):
    token: str
    new_password: str = Field(min_length=8, max_length=40)


# --- Documents -------------------------------------------------------------

class DocumentStatus(str, Enum):
    uploaded = "uploaded"
    processing = "processing"
    ready = "ready"
    failed = "failed"


class DocumentBase(SQLModel):
    title: str = Field(min_length=1, max_length=255)
    source: str | None = Field(default=None, max_length=64)


class DocumentCreate(DocumentBase):
    body: str


class Document(DocumentBase, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(foreign_key="tenant.id", index=True)
    owner_id: uuid.UUID = Field(foreign_key="user.id", nullable=False, ondelete="CASCADE")
    body: str = Field(sa_column=Column(Text))
    summary: str | None = Field(default=None, sa_column=Column(Text))
    status: DocumentStatus = DocumentStatus.uploaded
    flagged: bool = False
    moderation_reason: str | None = None
    created_at: datetime = Field(default_factory=datetime.utcnow)
    updated_at: datetime = Field(default_factory=datetime.utcnow)


class DocumentChunk(SQLModel, table=True):
    __tablename__ = "document_chunk"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    document_id: uuid.UUID = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    tenant_id: uuid.UUID = Field(index=True)
    ordinal: int
    content: str = Field(sa_column=Column(Text))
    embedding: list[float] | None = Field(
        default=None, sa_column=Column(Vector(settings.EMBEDDING_DIM))
    )


class Attachment(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(index=True)
    document_id: uuid.UUID | None = Field(default=None, foreign_key="document.id")
    s3_key: str
    content_type: str
    size_bytes: int
    alt_text: str | None = None
    transcript: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=datetime.utcnow)


class DocumentPublic(DocumentBase):
    id: uuid.UUID
    owner_id: uuid.UUID
    summary: str | None
    status: DocumentStatus
    flagged: bool


class DocumentsPublic(SQLModel):
    data: list[DocumentPublic]
    count: int


# --- LLM usage (written by app.services.llm_usage_tracker) -----------------

class LLMUsageLog(SQLModel, table=True):
    __tablename__ = "llm_usage_logs"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID | None = Field(default=None, index=True)
    provider: str = Field(max_length=32)
    model: str = Field(max_length=128)
    feature_context: str = Field(max_length=64, index=True)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int | None = None
    success: bool = True
    error: str | None = None
    created_at: datetime = Field(default_factory=datetime.utcnow, index=True)
