"""Tiny persistence layer over SQLAlchemy core."""
import uuid
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa

metadata = sa.MetaData()

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("title", sa.String),
    sa.Column("text", sa.Text),
    sa.Column("embedding_provider", sa.String, nullable=True),
)

jobs = sa.Table(
    "jobs", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("kind", sa.String),
    sa.Column("document_id", sa.String),
    sa.Column("tenant", sa.String, nullable=True),
    sa.Column("status", sa.String, default="queued"),
    sa.Column("result", sa.Text, nullable=True),
)


@dataclass
class Document:
    id: str
    title: str
    text: str
    embedding_provider: Optional[str] = None


@dataclass
class Job:
    id: str
    kind: str
    document_id: str
    tenant: Optional[str]
    status: str
    result: Optional[str] = None


class _Repo:
    def __init__(self, url):
        self.engine = sa.create_engine(url, future=True)


class DocumentRepository(_Repo):
    def get(self, doc_id) -> Optional[Document]:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()
        return Document(**row._mapping) if row else None

    def without_embeddings(self, limit=500):
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(documents).where(documents.c.embedding_provider.is_(None)).limit(limit)
            ).all()
        return [Document(**r._mapping) for r in rows]

    def mark_embedded(self, doc_ids, provider):
        with self.engine.begin() as conn:
            conn.execute(
                documents.update().where(documents.c.id.in_(doc_ids)).values(embedding_provider=provider)
            )


class JobRepository(_Repo):
    def create(self, kind, document_id, tenant=None) -> Job:
        job = Job(str(uuid.uuid4()), kind, document_id, tenant, "queued")
        with self.engine.begin() as conn:
            conn.execute(jobs.insert().values(**job.__dict__))
        return job

    def get(self, job_id) -> Optional[Job]:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(jobs).where(jobs.c.id == job_id)).first()
        return Job(**row._mapping) if row else None

    def finish(self, job_id, result, status="done"):
        with self.engine.begin() as conn:
            conn.execute(jobs.update().where(jobs.c.id == job_id).values(status=status, result=result))


class ConversationStore:
    """In-process store for demo tenants; real tenants use the chat service DB."""

    def __init__(self):
        self._items = {}

    def create(self, tenant, title="New conversation"):
        conv_id = str(uuid.uuid4())
        self._items[conv_id] = {"tenant": tenant, "title": title, "messages": []}
        return conv_id

    def append(self, conv_id, role, content):
        self._items[conv_id]["messages"].append({"role": role, "content": content})

    def messages(self, conv_id):
        return list(self._items[conv_id]["messages"])

    def rename(self, conv_id, title):
        self._items[conv_id]["title"] = title

    def for_tenant(self, tenant):
        return {k: v for k, v in self._items.items() if v["tenant"] == tenant}
