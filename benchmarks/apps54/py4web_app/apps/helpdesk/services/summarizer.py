"""Ticket thread summaries."""
import logging

from .. import settings
from ..common import openai_client
from ..llm import multi_model_service, TaskComplexity
from ..llm import prompts

log = logging.getLogger("helpdesk.summarizer")

MAX_THREAD_CHARS = 24000


def _thread(db, ticket_id):
    ticket = db.ticket[ticket_id]
    comments = db(db.ticket_comment.ticket == ticket_id).select(
        orderby=db.ticket_comment.created_on
    )
    return ticket, comments


def summarize_ticket(db, ticket_id, user_id=None):
    """Tracked path: used by the UI button."""
    ticket, comments = _thread(db, ticket_id)
    text = prompts.thread_as_text(ticket.as_dict(), [c.as_dict() for c in comments])
    summary = multi_model_service.generate_response_sync(
        text[-MAX_THREAD_CHARS:],
        task_type="summary",
        complexity=TaskComplexity.SIMPLE,
        system=prompts.SUMMARY_SYSTEM,
        user_id=user_id,
    )
    ticket.update_record(summary=summary)
    return summary


def summarize_text(text, model=None):
    """Older helper, still used by tasks.py and the Slack bridge.

    TODO(marta): move to multi_model_service once it supports `temperature`.
    """
    completion = openai_client.chat.completions.create(
        model=model or settings.OPENAI_SUMMARY_MODEL,
        messages=[
            {"role": "system", "content": prompts.SUMMARY_SYSTEM},
            {"role": "user", "content": text[-MAX_THREAD_CHARS:]},
        ],
        temperature=0.1,
    )
    return completion.choices[0].message.content.strip()


def summarize_many(texts, client=None, model=None):
    """Batch helper for the weekly digest; ``client`` lets tests inject a fake."""
    client = client or openai_client
    out = []
    for text in texts:
        resp = client.chat.completions.create(
            model=model or settings.OPENAI_SUMMARY_MODEL,
            messages=[
                {"role": "system", "content": "Summarise in one sentence."},
                {"role": "user", "content": text[:4000]},
            ],
            max_tokens=80,
        )
        out.append(resp.choices[0].message.content)
    return out
