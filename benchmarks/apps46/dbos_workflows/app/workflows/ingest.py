from __future__ import annotations

from dbos import DBOS

from app.db import transactions as tx
from app.steps import (
    chunk_text,
    classify_document,
    embed_chunks,
    extract_text,
    moderate_text,
    summarize_document,
)
from app.steps.redact import redact_pii
from app.steps.summarize import summarize_tracked
from app.steps.translate import translate_to_english
from app.workflows.queues import embed_queue, ingest_queue


@DBOS.workflow()
def ingest_document(doc_id: str, filename: str, data: bytes, redact: bool = False) -> dict:
    DBOS.set_event("stage", "extracting")
    text = extract_text(filename, data)
    if redact:
        text = redact_pii(text)
    tx.save_text(doc_id, text)

    DBOS.set_event("stage", "moderating")
    mod = moderate_text(text)
    if mod["flagged"]:
        tx.flag_document(doc_id, ",".join(mod["blocking"]))
        return {"doc_id": doc_id, "status": "flagged"}

    DBOS.set_event("stage", "classifying")
    cls = classify_document(text)
    tx.save_classification(doc_id, cls["doc_type"], cls.get("language"))

    working_text = text
    if cls.get("language") not in (None, "en"):
        working_text = translate_to_english(text, cls["language"])

    DBOS.set_event("stage", "summarizing")
    summary = summarize_document(working_text, cls["doc_type"])
    tx.save_summary(doc_id, summary)

    DBOS.set_event("stage", "embedding")
    rows = embed_chunks(chunk_text(text), cls.get("language"))
    n = tx.save_chunks(doc_id, rows, "voyage-3")
    tx.set_status(doc_id, "indexed")
    DBOS.set_event("stage", "done")
    return {"doc_id": doc_id, "status": "indexed", "doc_type": cls["doc_type"], "chunks": n}


@DBOS.workflow()
async def ingest_document_v2(doc_id: str, filename: str, data: bytes) -> dict:
    """Async variant behind the `ingest_v2` flag: tracked summarization."""
    text = extract_text(filename, data)
    tx.save_text(doc_id, text)
    cls = classify_document(text)
    summary = await summarize_tracked(text, cls["doc_type"])
    tx.save_summary(doc_id, summary)
    embed_queue.enqueue(reembed_document, doc_id)
    return {"doc_id": doc_id, "status": "summarized"}


@DBOS.workflow()
def reembed_document(doc_id: str) -> int:
    doc = tx.load_document(doc_id)
    if not doc or not doc.get("text"):
        return 0
    rows = embed_chunks(chunk_text(doc["text"]), doc.get("language"))
    return tx.save_chunks(doc_id, rows, "voyage-3")


@DBOS.workflow()
def ingest_batch(items: list[dict]) -> list[dict]:
    handles = [ingest_queue.enqueue(ingest_document, i["doc_id"], i["filename"], i["data"]) for i in items]
    return [h.get_result() for h in handles]
