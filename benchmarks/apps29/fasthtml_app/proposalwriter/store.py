"""SQLite persistence via fastlite (comes with python-fasthtml)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from fastlite import database

from .config import settings


@dataclass
class Proposal:
    id: int
    client_id: int
    title: str
    status: str
    brief: str
    body: str
    created_at: str
    updated_at: str
    owner: str


@dataclass
class Client:
    id: int
    name: str
    industry: str
    notes: str
    summary: str


@dataclass
class DraftJob:
    id: str
    proposal_id: int
    status: str
    progress: int
    result: str
    error: str
    created_at: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


os.makedirs(os.path.dirname(settings.db_path) or ".", exist_ok=True)
db = database(settings.db_path)
proposals = db.create(Proposal, pk="id", transform=True)
clients = db.create(Client, pk="id", transform=True)
draft_jobs = db.create(DraftJob, pk="id", transform=True)
usage_logs = db.t.usage_logs
if usage_logs not in db.t:
    usage_logs.create(
        id=int, provider=str, model=str, feature=str, input_tokens=int,
        output_tokens=int, cost_usd=float, duration_ms=int, error=str, pk="id",
    )


class ProposalStore:
    """Thin repository over the fastlite tables so routes stay readable."""

    def __init__(self, table=proposals) -> None:
        self.table = table

    def create(self, client_id: int, title: str, brief: str, owner: str) -> Proposal:
        now = _now()
        return self.table.insert(
            Proposal(id=None, client_id=client_id, title=title, status="draft", brief=brief,
                     body="", created_at=now, updated_at=now, owner=owner)
        )

    def get(self, proposal_id: int) -> Proposal:
        return self.table[proposal_id]

    def update_body(self, proposal_id: int, body: str, status: str | None = None) -> Proposal:
        p = self.table[proposal_id]
        p.body = body
        if status:
            p.status = status
        p.updated_at = _now()
        return self.table.update(p)

    def append_section(self, proposal_id: int, heading: str, text: str) -> Proposal:
        p = self.table[proposal_id]
        p.body = (p.body + f"\n\n## {heading}\n\n{text}").strip()
        p.updated_at = _now()
        return self.table.update(p)

    def for_owner(self, owner: str) -> list[Proposal]:
        return self.table(where="owner = ?", where_args=[owner], order_by="updated_at desc")

    def search(self, term: str) -> list[Proposal]:
        like = f"%{term}%"
        return self.table(where="title like ? or brief like ?", where_args=[like, like])


class JobStore:
    def __init__(self, table=draft_jobs) -> None:
        self.table = table

    def create(self, job_id: str, proposal_id: int) -> DraftJob:
        return self.table.insert(
            DraftJob(id=job_id, proposal_id=proposal_id, status="queued", progress=0,
                     result="", error="", created_at=_now())
        )

    def set(self, job_id: str, **fields) -> None:
        self.table.update(fields, job_id)

    def get(self, job_id: str) -> DraftJob | None:
        try:
            return self.table[job_id]
        except Exception:
            return None


def client_context(client_id: int) -> str:
    c = clients[client_id]
    return json.dumps({"name": c.name, "industry": c.industry, "notes": c.notes})


proposal_store = ProposalStore()
job_store = JobStore()
