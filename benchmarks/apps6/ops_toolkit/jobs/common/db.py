from __future__ import annotations

import datetime as dt
from typing import Optional

from opskit.db import Incident, JobRun, KbChunk, session_scope


class JobRunRepo:
    """Small repository around the job_runs table."""

    def create(self, job: str, **detail) -> int:
        with session_scope() as session:
            run = JobRun(job=job, detail=detail)
            session.add(run)
            session.flush()
            return run.id

    def finish(self, run_id: int, status: str = "ok", **detail) -> None:
        with session_scope() as session:
            run = session.get(JobRun, run_id)
            if run is None:
                return
            run.status = status
            run.finished_at = dt.datetime.utcnow()
            run.detail = {**(run.detail or {}), **detail}


def incidents_since(hours: int = 24, severity: Optional[str] = None) -> list:
    cutoff = dt.datetime.utcnow() - dt.timedelta(hours=hours)
    with session_scope() as session:
        q = session.query(Incident).filter(Incident.opened_at >= cutoff)
        if severity:
            q = q.filter(Incident.severity == severity)
        rows = q.order_by(Incident.opened_at).all()
        for row in rows:
            session.expunge(row)
        return rows


def replace_chunks(doc_path: str, chunks: list, embeddings: list) -> None:
    with session_scope() as session:
        session.query(KbChunk).filter(KbChunk.doc_path == doc_path).delete()
        for i, (text, vec) in enumerate(zip(chunks, embeddings)):
            session.add(KbChunk(doc_path=doc_path, ordinal=i, text=text, embedding=vec))
