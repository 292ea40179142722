"""Step functions for the Bytewax flow.

Step functions are pickled to every worker, so they must not capture live clients. They pull
clients from ``enrichment.clients`` (cached per process) or from the per-worker ``ctx()``.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from enrichment import clients
from enrichment.models import EnrichedRecord, InboundRecord, ProductDigest
from enrichment.settings import get_settings
from enrichment.stages import classify_record, classify_review, is_flagged, summarise_reviews, summarise_ticket
from enrichment.stages.moderate import is_flagged_guardrail
from enrichment.stages.pii import redact
from enrichment.util.retry import with_retry

log = logging.getLogger(__name__)

MIN_TEXT = 12


@dataclass
class WorkerContext:
    """Things a worker builds once. Accessed through ``ctx()``."""

    chat: Any = None
    genai: Any = None
    bedrock: Any = None
    stats: dict[str, int] = field(default_factory=dict)

    def bump(self, key: str) -> None:
        self.stats[key] = self.stats.get(key, 0) + 1


_local = threading.local()


def ctx() -> WorkerContext:
    c = getattr(_local, "ctx", None)
    if c is None:
        c = WorkerContext(chat=clients.chat_client(), genai=clients.get_genai(), bedrock=clients.get_bedrock())
        _local.ctx = c
    return c


# --- filter / map steps ---------------------------------------------------------------------

def drop_empty(rec: InboundRecord | None) -> InboundRecord | None:
    if rec is None or len(rec.text) < MIN_TEXT:
        return None
    return rec


def to_enriched(rec: InboundRecord) -> EnrichedRecord:
    return EnrichedRecord(record=rec)


EU_RESIDENCY_TENANTS = frozenset({"acme-eu", "kaufhaus", "maison"})


def redact_pii(rec: InboundRecord) -> InboundRecord:
    result = redact(rec.text)
    if result.changed:
        rec.meta["pii_redacted"] = result.counts
        rec.text = result.text
    return rec


def moderate(item: EnrichedRecord) -> EnrichedRecord:
    if item.record.tenant in EU_RESIDENCY_TENANTS:
        item.flagged = with_retry(is_flagged_guardrail, item.record.text)
    else:
        item.flagged = with_retry(is_flagged, item.record.text)
    if item.flagged:
        ctx().bump("flagged")
    return item


def classify(item: EnrichedRecord) -> EnrichedRecord:
    rec = item.record
    if rec.kind == "ticket":
        item.classification = classify_record(rec, client=ctx().chat)
        item.model_versions["classify"] = get_settings().classify_model
    else:
        item.classification = classify_review(rec)
        item.model_versions["classify"] = get_settings().cohere_chat_model
    ctx().bump(f"classified.{rec.kind}")
    return item


def maybe_summarise(item: EnrichedRecord) -> EnrichedRecord:
    c = item.classification
    if item.record.kind == "ticket" and c is not None and c.priority == "p1":
        item.summary = summarise_ticket(item.record.text)
    return item


def escalation_note(item: EnrichedRecord) -> EnrichedRecord | None:
    """For p1 tickets with negative sentiment, draft an internal note with the worker's Gemini client."""
    c = item.classification
    if not (c and c.priority == "p1" and c.sentiment == "negative"):
        return None
    resp = ctx().genai.models.generate_content(
        model=get_settings().gemini_model,
        contents=f"Draft a two-sentence internal escalation note for this ticket:\n{item.record.text[:4000]}",
    )
    item.summary = resp.text
    return item


# --- stateful: per-product review digests ----------------------------------------------------

@dataclass
class DigestState:
    texts: list[str] = field(default_factory=list)
    ratings: list[int] = field(default_factory=list)
    opened: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def review_key(item: EnrichedRecord) -> str:
    return item.record.product_id or "unknown"


def accumulate_digest(state: DigestState | None, item: EnrichedRecord) -> tuple[DigestState | None, ProductDigest | None]:
    """stateful_map mapper: buffer reviews per product, emit a digest every N or every window."""
    state = state or DigestState()
    state.texts.append(item.record.text)
    if item.record.rating is not None:
        state.ratings.append(item.record.rating)

    now = datetime.now(timezone.utc)
    window = get_settings().summary_window_seconds
    if len(state.texts) < 25 and (now - state.opened).total_seconds() < window:
        return state, None

    product_id = review_key(item)
    summary = summarise_reviews(product_id, state.texts)
    avg = sum(state.ratings) / len(state.ratings) if state.ratings else None
    digest = ProductDigest(product_id=product_id, window_end=now, review_count=len(state.texts),
                           summary=summary, avg_rating=avg)
    return None, digest


def digest_from_window(key__batch: tuple[str, tuple[int, list[EnrichedRecord]]]) -> ProductDigest:
    """Used by the windowed variant (collect_window); see flow.build_windowed()."""
    product_id, (_win_id, items) = key__batch
    texts = [i.record.text for i in items]
    resp = ctx().bedrock.converse(
        modelId=get_settings().bedrock_model_id,
        messages=[{"role": "user", "content": [{"text": "Summarise these reviews:\n" + "\n".join(texts[:40])}]}],
        inferenceConfig={"maxTokens": 500},
    )
    ratings = [i.record.rating for i in items if i.record.rating is not None]
    return ProductDigest(
        product_id=product_id,
        window_end=datetime.now(timezone.utc),
        review_count=len(items),
        summary=resp["output"]["message"]["content"][0]["text"],
        avg_rating=(sum(ratings) / len(ratings)) if ratings else None,
    )


# --- metrics ---------------------------------------------------------------------------------

def worker_stats_snapshot() -> dict[str, int]:
    """Exposed on the metrics sidecar; reset each scrape."""
    c = getattr(_local, "ctx", None)
    if c is None:
        return {}
    out, c.stats = dict(c.stats), {}
    return out
