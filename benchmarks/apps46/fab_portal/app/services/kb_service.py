"""Knowledge-base maintenance: duplicates, stale records, FAQ generation."""
import asyncio
import datetime
import logging

from .. import appbuilder, db
from ..ai.embeddings import cosine
from ..ai.service import AIService
from ..models import KnowledgeRecord
from ..utils import ReportBuilder, content_hash, normalise_ws
from .multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

STALE_AFTER = datetime.timedelta(days=365)
DUPLICATE_THRESHOLD = 0.93

ai_service = AIService(appbuilder)


def exact_duplicates():
    seen, dups = {}, []
    for rec in db.session.query(KnowledgeRecord).filter(KnowledgeRecord.archived.is_(False)):
        key = content_hash(normalise_ws(rec.title).lower(), normalise_ws(rec.body).lower())
        if key in seen:
            dups.append((seen[key], rec.id))
        else:
            seen[key] = rec.id
    return dups


def near_duplicates(limit=500):
    recs = (
        db.session.query(KnowledgeRecord)
        .filter(KnowledgeRecord.embedding.isnot(None), KnowledgeRecord.archived.is_(False))
        .limit(limit)
        .all()
    )
    pairs = []
    for i, a in enumerate(recs):
        for b in recs[i + 1 :]:
            score = cosine(a.embedding, b.embedding)
            if score >= DUPLICATE_THRESHOLD:
                pairs.append((a.id, b.id, round(score, 3)))
    return pairs


def stale_records(now=None):
    now = now or datetime.datetime.utcnow()
    return (
        db.session.query(KnowledgeRecord)
        .filter(KnowledgeRecord.changed_on < now - STALE_AFTER, KnowledgeRecord.archived.is_(False))
        .all()
    )


def maintenance_report():
    report = ReportBuilder()
    report.create("Exact duplicates", [f"{a} == {b}" for a, b in exact_duplicates()])
    report.create("Near duplicates", [f"{a} ~ {b} ({s})" for a, b, s in near_duplicates()])
    report.create("Stale", [f"{r.id} {r.title}" for r in stale_records()])
    return report.generate()


def generate_faq(records, user_id=None):
    text = "\n\n".join(f"{r.title}\n{r.body or ''}" for r in records)[:40000]
    return asyncio.run(
        multi_model_service.generate_response(
            prompt="Write a customer-facing FAQ from these internal notes:\n\n" + text,
            task_type="faq",
            complexity=TaskComplexity.AGENTIC,
            user_id=user_id,
        )
    )


def related_questions(record):
    return ai_service.generate("related_questions", text=record.body or "")


def gemini_vectors(texts):
    """Experiment: compare Gemini embeddings with Cohere for dedupe."""
    gemini = appbuilder.app.extensions["ai"]["gemini"]
    result = gemini.models.embed_content(model="text-embedding-004", contents=texts)
    return [e.values for e in result.embeddings]
