"""Background jobs. Each function takes the arq ctx first; clients are put in ctx by
app.workers.main.startup."""
from __future__ import annotations

import datetime as dt
import io
import json
from typing import List

from sqlalchemy import select

from app.config import settings
from app.db import ArticleRepository, BatchJob, SessionLocal, Ticket, TicketRepository
from app.integrations import notify_slack
from app.logging_config import get_logger
from app.services.agent import InvestigationAgent
from app.services.backends import get_backend
from app.services.triage import TriageService
from app.workers.progress import JobProgress

log = get_logger(__name__)

SUMMARY_SYSTEM = "Summarise the support ticket for an agent in at most three sentences."


async def triage_ticket(ctx: dict, ticket_id: str) -> None:
    async with SessionLocal() as session:
        repo = TicketRepository(session)
        ticket = await repo.get(ticket_id)
        if ticket is None:
            log.warning("triage_missing_ticket", ticket_id=ticket_id)
            return
        result = await TriageService(client=ctx["clients"].mistral).classify(ticket.subject, ticket.body)
        await repo.update(ticket, category=result.category, priority=result.priority, language=result.language)
        if result.priority == "urgent":
            await notify_slack(f":rotating_light: urgent ticket {ticket.id}: {ticket.subject}")


async def investigate_ticket(ctx: dict, ticket_id: str) -> str:
    async with SessionLocal() as session:
        ticket = await TicketRepository(session).get(ticket_id)
    agent = InvestigationAgent(client=ctx["anthropic"])
    return await agent.investigate(ticket.customer_id, ticket.subject, ticket.body)


async def reindex_articles(ctx: dict) -> int:
    embeddings = ctx["embeddings"]
    async with SessionLocal() as session:
        repo = ArticleRepository(session)
        articles = await repo.missing_embeddings(embeddings.model)
        progress = JobProgress(job="reindex_articles", total=len(articles))
        vectors = await embeddings.embed_documents([f"{a.title}\n\n{a.body}" for a in articles])
        for article, vector in zip(articles, vectors):
            article.embedding = vector
            article.embedding_model = embeddings.model
            progress.advance()
        await session.commit()
        await progress.publish()
    log.info("reindexed", count=len(articles), completion=progress.completion())
    return len(articles)


async def _unsummarised(limit: int = 5000) -> List[Ticket]:
    async with SessionLocal() as session:
        rows = await session.execute(select(Ticket).where(Ticket.summary.is_(None)).limit(limit))
        return list(rows.scalars())


async def submit_summary_batch(ctx: dict) -> str:
    """Backfill summaries for old tickets through the Batch API (half price, 24h window)."""
    client = ctx["openai"]
    tickets = await _unsummarised()
    if not tickets:
        return ""

    buf = io.BytesIO()
    for t in tickets:
        line = {
            "custom_id": t.id,
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {
                "model": settings.chat_model,
                "messages": [
                    {"role": "system", "content": SUMMARY_SYSTEM},
                    {"role": "user", "content": f"Subject: {t.subject}\n\n{t.body[:12000]}"},
                ],
                "max_tokens": 300,
            },
        }
        buf.write((json.dumps(line) + "\n").encode())
    buf.seek(0)

    upload = await client.files.create(file=("summaries.jsonl", buf), purpose="batch")
    batch = await client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "summary_backfill"},
    )
    async with SessionLocal() as session:
        session.add(BatchJob(id=batch.id, provider="openai", kind="summary_backfill"))
        await session.commit()
    log.info("batch_submitted", provider="openai", batch_id=batch.id, requests=len(tickets))
    return batch.id


async def submit_claude_batch(ctx: dict, ticket_ids: List[str]) -> str:
    """Tone review of agent replies for QA sampling."""
    async with SessionLocal() as session:
        rows = await session.execute(select(Ticket).where(Ticket.id.in_(ticket_ids)))
        tickets = list(rows.scalars())

    requests = [
        {
            "custom_id": t.id,
            "params": {
                "model": settings.summary_model,
                "max_tokens": 400,
                "messages": [
                    {"role": "user", "content": f"Rate the tone of this exchange 1-5 and explain briefly:\n\n{t.body[:8000]}"}
                ],
            },
        }
        for t in tickets
    ]
    batch = await ctx["anthropic"].messages.batches.create(requests=requests)
    async with SessionLocal() as session:
        session.add(BatchJob(id=batch.id, provider="anthropic", kind="tone_review"))
        await session.commit()
    return batch.id


async def poll_batches(ctx: dict) -> None:
    async with SessionLocal() as session:
        rows = await session.execute(select(BatchJob).where(BatchJob.status == "submitted", BatchJob.provider == "openai"))
        for job in rows.scalars():
            remote = await ctx["openai"].batches.retrieve(job.id)
            if remote.status in ("completed", "failed", "expired", "cancelled"):
                job.status = remote.status
        await session.commit()


async def daily_digest(ctx: dict) -> None:
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    async with SessionLocal() as session:
        rows = await session.execute(select(Ticket).where(Ticket.created_at >= since))
        tickets = list(rows.scalars())
    if not tickets:
        return

    listing = "\n".join(f"- [{t.category or 'untriaged'}/{t.priority or '?'}] {t.subject}" for t in tickets)
    response = await ctx["genai"].aio.models.generate_content(
        model=settings.gemini_model,
        contents=(
            "Here are yesterday's support tickets. Write a short digest for the support leads: "
            "main themes, anything urgent, and anything that looks like an outage.\n\n" + listing
        ),
        config={"temperature": 0.2, "max_output_tokens": 800},
    )
    await notify_slack(f"*Support digest {since.date()}*\n{response.text}", channel="#support-leads")


async def weekly_report(ctx: dict) -> None:
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=7)
    async with SessionLocal() as session:
        rows = await session.execute(select(Ticket.category, Ticket.priority).where(Ticket.created_at >= since))
        counts: dict = {}
        for category, priority in rows:
            counts.setdefault(category or "untriaged", {}).setdefault(priority or "unknown", 0)
            counts[category or "untriaged"][priority or "unknown"] += 1

    backend = get_backend("anthropic")
    result = await backend.complete(
        [{"role": "user", "content": "Weekly ticket counts by category and priority:\n" + json.dumps(counts, indent=2)}],
        system="Write a five-bullet weekly support report for leadership. Be specific about changes.",
    )
    await notify_slack(result.text, channel="#support-leads")
