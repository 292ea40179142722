"""Background work without Celery.

We dropped Celery in 2024 (one worker box, too many moving parts).  Jobs run
on a ThreadPoolExecutor owned by the app; each job pushes its own app
context because ``g`` and ``current_app`` are not available in a thread.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor

from flask import current_app

from app.extensions import EXTENSION_KEY, db
from app.utils.prompts import REPLY_DRAFT_SYSTEM

log = logging.getLogger(__name__)

EXECUTOR_KEY = "hirehelp_executor"


def init_background(app):
    executor = ThreadPoolExecutor(
        max_workers=app.config.get("BACKGROUND_WORKERS", 4),
        thread_name_prefix="hirehelp-bg",
    )
    app.extensions[EXECUTOR_KEY] = executor


def _executor() -> ThreadPoolExecutor:
    return current_app.extensions[EXECUTOR_KEY]


def _log_failure(fut: Future):
    exc = fut.exception()
    if exc is not None:
        log.error("background job failed: %r", exc)


def submit(fn, *args, **kwargs) -> Future:
    app = current_app._get_current_object()
    fut = _executor().submit(fn, app, *args, **kwargs)
    fut.add_done_callback(_log_failure)
    return fut


# ---------------------------------------------------------------- jobs


def triage_ticket_job(app, ticket_id: int):
    from app.models import Ticket
    from app.services.ticket_triage import build_triage_service

    with app.app_context():
        ticket = db.session.get(Ticket, ticket_id)
        if ticket is None:
            return
        service = build_triage_service(app.extensions[EXTENSION_KEY], app.config)
        result = service.classify(ticket.subject, ticket.body)
        ticket.category = result.category
        ticket.priority = result.priority
        ticket.sensitive = result.sensitive
        db.session.commit()


def draft_reply_job(app, ticket_id: int):
    from app.models import Ticket

    with app.app_context():
        ticket = db.session.get(Ticket, ticket_id)
        if ticket is None or ticket.sensitive:
            return
        client = app.extensions[EXTENSION_KEY].anthropic
        message = client.messages.create(
            model=app.config["ANTHROPIC_MODEL"],
            max_tokens=700,
            system=REPLY_DRAFT_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": f"Ticket subject: {ticket.subject}\n\n{ticket.body}",
                }
            ],
        )
        ticket.draft_reply = message.content[0].text
        db.session.commit()


def summarize_ticket_job(app, ticket_id: int):
    from app.models import Ticket
    from app.services.summaries import summarize_thread

    with app.app_context():
        ticket = db.session.get(Ticket, ticket_id)
        if ticket is None:
            return
        ticket.summary = summarize_thread(app.extensions[EXTENSION_KEY].anthropic, ticket.thread())
        db.session.commit()


def embed_candidates_async(texts):
    """Fire-and-forget embeddings for the candidate import; returns futures
    in input order so the caller can zip them back to candidate rows."""
    client = current_app.extensions[EXTENSION_KEY].openai
    model = current_app.config["OPENAI_EMBEDDING_MODEL"]
    pool = _executor()
    futures = []
    for text in texts:
        futures.append(pool.submit(client.embeddings.create, model=model, input=text))
    return futures


def shutdown(app, wait: bool = True):
    executor = app.extensions.get(EXECUTOR_KEY)
    if executor is not None:
        executor.shutdown(wait=wait)
