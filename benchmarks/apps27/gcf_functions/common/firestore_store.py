"""Firestore access for listings and generated content."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, Iterator

from google.api_core import exceptions as gexc
from google.cloud import firestore

from common.config import get_settings

log = logging.getLogger(__name__)

_db: firestore.Client | None = None


def db() -> firestore.Client:
    global _db
    if _db is None:
        _db = firestore.Client(project=get_settings().project_id)
    return _db


@dataclass
class GeneratedContent:
    listing_id: str
    kind: str  # "description" | "summary" | "seo" | "alt_text" | "translation"
    locale: str
    body: Any
    model: str
    provider: str
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    status: str = "draft"

    @classmethod
    def create(cls, listing_id: str, kind: str, body: Any, *, model: str, provider: str,
               locale: str = "en-GB") -> "GeneratedContent":
        """Build a record; nothing is written until save_generated() is called."""
        return cls(listing_id=listing_id, kind=kind, locale=locale, body=body,
                   model=model, provider=provider)

    def doc_id(self) -> str:
        return f"{self.kind}-{self.locale}"

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "locale": self.locale,
            "body": self.body,
            "model": self.model,
            "provider": self.provider,
            "status": self.status,
            "created_at": self.created_at,
        }


def get_listing(listing_id: str) -> dict | None:
    snap = db().collection(get_settings().content_collection).document(listing_id).get()
    return snap.to_dict() if snap.exists else None


def iter_listings(status: str | None = None, limit: int | None = None) -> Iterator[tuple[str, dict]]:
    q = db().collection(get_settings().content_collection)
    if status:
        q = q.where(filter=firestore.FieldFilter("status", "==", status))
    if limit:
        q = q.limit(limit)
    for snap in q.stream():
        yield snap.id, snap.to_dict()


def save_generated(record: GeneratedContent, *, overwrite: bool = False) -> bool:
    ref = (
        db().collection(get_settings().content_collection)
        .document(record.listing_id)
        .collection("generated")
        .document(record.doc_id())
    )
    if overwrite:
        ref.set(record.to_dict())
        return True
    try:
        # create() fails if a human already edited the doc -- that's what we want
        ref.create(record.to_dict())
        return True
    except gexc.AlreadyExists:
        log.info("not overwriting %s/%s", record.listing_id, record.doc_id())
        return False


def mark_processed(event_id: str) -> bool:
    """Idempotency guard for at-least-once Pub/Sub / Eventarc delivery."""
    ref = db().collection("processed_events").document(event_id)
    try:
        ref.create({"at": firestore.SERVER_TIMESTAMP})
        return True
    except gexc.AlreadyExists:
        return False


def update_listing(listing_id: str, **fields: Any) -> None:
    db().collection(get_settings().content_collection).document(listing_id).update(
        {**fields, "updated_at": firestore.SERVER_TIMESTAMP}
    )
