"""RQ background jobs. Workers run `rq worker ai default` with the app
context pushed by ``worker.py``."""
import logging

from redis import Redis
from rq import Queue, Retry

from .ai import get_gemini_client, get_mistral_client, get_openai_client
from .ai.embeddings import embed_documents

log = logging.getLogger(__name__)

_queues = {}


def get_queue(name="ai"):
    if name not in _queues:
        from flask import current_app

        _queues[name] = Queue(name, connection=Redis.from_url(current_app.config["REDIS_URL"]))
    return _queues[name]


def enqueue_classification(ticket_id):
    return get_queue("ai").enqueue(classify_ticket_job, ticket_id, retry=Retry(max=3, interval=[10, 30, 60]))


def enqueue_embedding(record_id):
    return get_queue("low").enqueue(embed_record_job, record_id, job_timeout=300)


def enqueue_summary(record_id):
    return get_queue("ai").enqueue(summarize_record_job, record_id)


def classify_ticket_job(ticket_id):
    from . import db
    from .models import Ticket
    from .services.ticket_service import triage

    ticket = db.session.get(Ticket, ticket_id)
    if ticket is None:
        log.warning("ticket %s vanished before classification", ticket_id)
        return None
    return triage(ticket)


def embed_record_job(record_id):
    from . import db
    from .models import KnowledgeRecord

    record = db.session.get(KnowledgeRecord, record_id)
    if record is None:
        return
    record.embedding = embed_documents([f"{record.title}\n\n{record.body or ''}"])[0]
    db.session.commit()


def summarize_record_job(record_id):
    from . import db
    from .ai.prompts import SUMMARY_SYSTEM, render_summary
    from .models import KnowledgeRecord

    record = db.session.get(KnowledgeRecord, record_id)
    client = get_openai_client()
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": render_summary(record)},
        ],
    )
    record.summary = completion.choices[0].message.content
    record.summary_model = completion.model
    db.session.commit()


def nightly_digest_job(ticket_texts):
    """Builds the morning digest e-mail for team leads."""
    joined = "\n---\n".join(ticket_texts)[:60000]
    mistral = get_mistral_client()
    res = mistral.chat.complete(
        model="mistral-large-latest",
        messages=[{"role": "user", "content": "Write a short digest of yesterday's tickets:\n" + joined}],
    )
    return res.choices[0].message.content


def alt_text_job(attachment_path):
    with open(attachment_path, "rb") as fh:
        data = fh.read()
    from google.genai import types

    client = get_gemini_client()
    parts = []
    for chunk in client.models.generate_content_stream(
        model="gemini-2.0-flash",
        contents=["Write alt text for this image.", types.Part.from_bytes(data=data, mime_type="image/png")],
    ):
        if chunk.text:
            parts.append(chunk.text)
    return "".join(parts)
