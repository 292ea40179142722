"""Catch tickets that came in through email and never went through the API."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from supportdesk.llm import get_deepseek_client, get_openai_client
from supportdesk.llm.prompts import TRIAGE_SYSTEM, ticket_block
from supportdesk.repositories.tickets import TicketRepository
from supportdesk.services.sentiment import score_sentiment_sync, score_sentiment_tracked_legacy
from supportdesk.services.triage import TriageService
from supportdesk.utils.costs import completion_cost

logger = logging.getLogger(__name__)


def run(limit: int = 200) -> int:
    repo = TicketRepository()
    tickets = repo.list_untriaged(limit=limit)
    if not tickets:
        return 0
    svc = TriageService(client=get_openai_client(), tickets=repo)
    deepseek = get_deepseek_client()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(svc.triage_and_save, tickets))
        moods = list(pool.map(lambda t: score_sentiment_sync(deepseek, t.body), tickets))
    for ticket, mood in zip(tickets, moods):
        if mood < -0.6:
            repo.add_tags(ticket.id, ["angry"])
    logger.info("nightly triage processed %s tickets", len(results))
    return len(results)


def second_opinion(limit: int = 20) -> list[dict]:
    """Compare gpt-4o-mini vs deepseek triage on a sample. Ad-hoc, run from a shell."""
    repo = TicketRepository()
    oa, ds = get_openai_client(), get_deepseek_client()
    rows = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for ticket in repo.list_open(limit=limit):
            messages = [
                {"role": "system", "content": TRIAGE_SYSTEM},
                {"role": "user", "content": ticket_block(ticket)},
            ]
            fut_oa = pool.submit(oa.chat.completions.create, model="gpt-4o-mini", messages=messages)
            fut_ds = pool.submit(ds.chat.completions.create, model="deepseek-chat", messages=messages)
            a, b = fut_oa.result(), fut_ds.result()
            rows.append({
                "ticket": ticket.id,
                "openai": a.choices[0].message.content,
                "deepseek": b.choices[0].message.content,
                "cost": completion_cost(a) + completion_cost(b),
            })
    return rows


async def sentiment_batch(limit: int = 100) -> int:
    """Tracked sentiment pass over all open tickets (moved here from jobs/sentiment_batch.py)."""
    repo = TicketRepository()
    tickets = repo.list_open(limit=limit)
    scores = await asyncio.gather(*(score_sentiment_tracked_legacy(t.body) for t in tickets))
    for ticket, score in zip(tickets, scores):
        if score < -0.6:
            repo.add_tags(ticket.id, ["angry"])
    return len(tickets)
