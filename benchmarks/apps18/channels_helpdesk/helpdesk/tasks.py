"""Huey background tasks.

NOTE: we're moving LLM-heavy jobs to Dramatiq (see actors.py) because Huey's
thread workers don't play well with long streaming requests. Until that's done
both exist; HELPDESK_USE_DRAMATIQ decides which one signals.py enqueues.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import litellm
from django.conf import settings
from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from .clients import get_router, llm
from .models import ArticleChunk, Message, Ticket
from .services import multi_model_service, TaskComplexity
from .services.triage import apply_triage, classify_ticket
from .prompts import DRAFT_SYSTEM_PROMPT, SUMMARY_SYSTEM_PROMPT, ticket_transcript

logger = logging.getLogger("helpdesk.tasks")


@db_task(retries=2, retry_delay=10)
def triage_ticket_task(ticket_id: int):
    if settings.HELPDESK_USE_DRAMATIQ:
        from .actors import triage_ticket_actor

        triage_ticket_actor.send(ticket_id)
        return
    ticket = Ticket.objects.select_related("customer").get(pk=ticket_id)
    apply_triage(ticket, classify_ticket(ticket))


@db_task()
def summarize_ticket_task(ticket_id: int):
    ticket = Ticket.objects.select_related("customer").get(pk=ticket_id)
    response = litellm.completion(
        model=f"anthropic/{settings.HELPDESK_LLM['CLAUDE_FAST_MODEL']}",
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM_PROMPT},
            {"role": "user", "content": ticket_transcript(ticket)},
        ],
        max_tokens=400,
    )
    ticket.ai_summary = response.choices[0].message.content
    ticket.save(update_fields=["ai_summary", "updated_at"])


@db_task()
def draft_reply_task(ticket_id: int, agent_id: int | None = None):
    ticket = Ticket.objects.select_related("customer").get(pk=ticket_id)
    response = llm.openai.responses.create(
        model=settings.HELPDESK_LLM["DEFAULT_CHAT_MODEL"],
        instructions=DRAFT_SYSTEM_PROMPT,
        input=ticket_transcript(ticket),
        max_output_tokens=800,
    )
    Message.objects.create(
        ticket=ticket,
        author_type=Message.Author.BOT,
        body=response.output_text,
        is_internal=True,
    )


@db_periodic_task(crontab(minute="*/30"))
def embed_pending_chunks():
    pending = list(ArticleChunk.objects.filter(embedding__isnull=True)[:500])
    if not pending:
        return
    router = get_router()
    for i in range(0, len(pending), 50):
        batch = pending[i : i + 50]
        resp = router.embedding(model="support-embed", input=[c.text for c in batch])
        for chunk, item in zip(batch, resp.data):
            chunk.embedding = item["embedding"]
            chunk.embedding_model = "support-embed"
        ArticleChunk.objects.bulk_update(batch, ["embedding", "embedding_model"])
    logger.info("embedded %d chunks", len(pending))


@db_periodic_task(crontab(hour="2", minute="15"))
def resummarize_stale_tickets():
    """Nightly: refresh summaries of open tickets that got new messages."""
    since = timezone.now() - timedelta(days=1)
    tickets = list(
        Ticket.objects.filter(status=Ticket.Status.OPEN, messages__created_at__gte=since).distinct()[:100]
    )

    def _one(t):
        return t, ticket_transcript(t)

    payloads = [_one(t) for t in tickets]
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [
            (t, pool.submit(
                litellm.completion,
                model=f"groq/{settings.HELPDESK_LLM['GROQ_MODEL']}",
                messages=[
                    {"role": "system", "content": SUMMARY_SYSTEM_PROMPT},
                    {"role": "user", "content": transcript},
                ],
            ))
            for t, transcript in payloads
        ]
        for ticket, fut in futures:
            try:
                ticket.ai_summary = fut.result().choices[0].message.content
            except Exception:
                logger.warning("summary failed for #%s", ticket.pk, exc_info=True)
                continue
            ticket.save(update_fields=["ai_summary", "updated_at"])


@db_periodic_task(crontab(day_of_week="1", hour="7", minute="0"))
def weekly_trends_digest():
    week = timezone.now() - timedelta(days=7)
    subjects = list(Ticket.objects.filter(created_at__gte=week).values_list("subject", flat=True)[:300])
    if not subjects:
        return
    result = multi_model_service.generate_response_sync(
        "Group these support ticket subjects into at most 8 themes with counts:\n" + "\n".join(subjects),
        task_type="weekly_digest",
        complexity=TaskComplexity.STANDARD,
        max_tokens=600,
    )
    logger.info("weekly digest:\n%s", result.text)
