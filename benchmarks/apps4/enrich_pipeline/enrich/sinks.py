"""Where enriched rows end up: the results database and the CRM webhook."""
from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Dict, Iterable
from urllib.parse import urlparse

import httpx
import peewee

if TYPE_CHECKING:
    from enrich.config import Settings

log = logging.getLogger(__name__)

database_proxy = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy


class EnrichmentRun(BaseModel):
    run_id = peewee.CharField(unique=True)
    started_at = peewee.DateTimeField(default=dt.datetime.utcnow)
    finished_at = peewee.DateTimeField(null=True)
    status = peewee.CharField(default="running")
    rows = peewee.IntegerField(default=0)


class EnrichedRecord(BaseModel):
    run = peewee.ForeignKeyField(EnrichmentRun, backref="records")
    sku = peewee.CharField(index=True)
    payload = peewee.TextField()
    quality = peewee.FloatField(null=True)


def open_database(url: str) -> peewee.Database:
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        db = peewee.SqliteDatabase(parsed.path.lstrip("/") or ":memory:", pragmas={"journal_mode": "wal"})
    elif parsed.scheme in ("postgres", "postgresql"):
        db = peewee.PostgresqlDatabase(
            parsed.path.lstrip("/"), user=parsed.username, password=parsed.password,
            host=parsed.hostname, port=parsed.port or 5432,
        )
    else:
        raise ValueError(f"unsupported database url {url!r}")
    database_proxy.initialize(db)
    db.create_tables([EnrichmentRun, EnrichedRecord], safe=True)
    return db


class ResultSink:
    def __init__(self, db: peewee.Database, settings: "Settings") -> None:
        self.db = db
        self.settings = settings

    def start_run(self, run_id: str) -> EnrichmentRun:
        run, _ = EnrichmentRun.get_or_create(run_id=run_id)
        return run

    def write(self, run: EnrichmentRun, rows: Iterable[Dict]) -> int:
        count = 0
        with self.db.atomic():
            for row in rows:
                EnrichedRecord.create(
                    run=run,
                    sku=str(row.get("sku", "")),
                    payload=row.get("_json", "{}"),
                    quality=row.get("quality_score"),
                )
                count += 1
        return count

    def finish_run(self, run: EnrichmentRun, rows: int, status: str = "done") -> None:
        run.finished_at = dt.datetime.utcnow()
        run.rows = rows
        run.status = status
        run.save()

    def notify_crm(self, run_id: str, stats: Dict) -> None:
        if not self.settings.crm_webhook_url:
            return
        resp = httpx.post(
            self.settings.crm_webhook_url,
            json={"event": "enrichment.completed", "run_id": run_id, "stats": stats},
            timeout=10,
        )
        if resp.status_code >= 400:
            log.warning("CRM webhook returned %s: %s", resp.status_code, resp.text[:200])

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


class JobQueue:
    """Tiny Redis list-backed queue used for follow-up jobs (batch polling, re-runs)."""

    def __init__(self, redis_client, name: str = "enrich:jobs") -> None:
        self.redis = redis_client
        self.name = name

    def submit(self, kind: str, payload: Dict, delay_seconds: int = 0) -> str:
        import json
        import uuid

        job_id = uuid.uuid4().hex
        item = json.dumps({"id": job_id, "kind": kind, "payload": payload, "delay": delay_seconds})
        self.redis.rpush(self.name, item)
        return job_id
