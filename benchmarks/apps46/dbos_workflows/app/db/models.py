from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("tenant_id", String(64), nullable=False, index=True),
    Column("filename", String(512), nullable=False),
    Column("status", String(32), nullable=False, default="received"),
    Column("doc_type", String(32)),
    Column("language", String(8)),
    Column("text", Text),
    Column("summary", Text),
    Column("flagged", Boolean, default=False),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
    Column("updated_at", DateTime(timezone=True), server_default=func.now(), onupdate=func.now()),
)

chunks = Table(
    "chunks",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(36), index=True, nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("embedding", JSON),
    Column("embed_model", String(64)),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("document_id", String(36), index=True),
    Column("reviewer", String(128)),
    Column("findings", JSON),
    Column("risk_score", Float),
    Column("status", String(32), default="pending"),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

llm_usage_logs = Table(
    "llm_usage_logs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("provider", String(32)),
    Column("model", String(128)),
    Column("feature_context", String(64)),
    Column("input_tokens", Integer),
    Column("output_tokens", Integer),
    Column("cost_usd", Float),
    Column("success", Boolean),
    Column("error", Text),
    Column("latency_ms", Integer),
    Column("workflow_id", String(128)),
    Column("created_at", DateTime(timezone=True)),
)
