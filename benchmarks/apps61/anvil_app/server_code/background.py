"""Scheduled jobs (Anvil Scheduled Tasks -> these background tasks)."""
import asyncio
import datetime
import logging

import anvil.server
from anvil.tables import app_tables

from . import ticket_store
from .http_fallback import notify_slack
from .llm.router import get_router
from .utils import run_sync, truncate

log = logging.getLogger(__name__)


def _digest_input(rows):
    return "\n".join(
        f"- {r['ticket_id']} [{r['priority']}/{r['sentiment'] or '?'}] {r['subject']}: "
        f"{truncate(r['summary'] or r['body'], 300)}"
        for r in rows
    )


@anvil.server.background_task
def nightly_digest():
    since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)
    rows = list(ticket_store.open_tickets(since=since))
    if not rows:
        return "nothing to do"
    router = get_router()
    response = router.completion(
        model="digest",
        messages=[
            {
                "role": "system",
                "content": "Write a morning digest for the support lead: themes, hot accounts, risks.",
            },
            {"role": "user", "content": _digest_input(rows)},
        ],
        max_tokens=700,
    )
    digest = response.choices[0].message.content
    notify_slack(f"*Support digest*\n{digest}")
    return digest


async def _summarise_stale(rows):
    router = get_router()

    async def one(row):
        resp = await router.acompletion(
            model="digest",
            messages=[
                {"role": "system", "content": "Summarise this ticket in two sentences."},
                {"role": "user", "content": truncate(row["body"], 4000)},
            ],
            max_tokens=120,
        )
        return row, resp.choices[0].message.content

    return await asyncio.gather(*(one(r) for r in rows), return_exceptions=True)


@anvil.server.background_task
def backfill_missing_summaries(limit=200):
    rows = [r for r in ticket_store.open_tickets() if not r["summary"]][:limit]
    anvil.server.task_state["total"] = len(rows)
    results = run_sync(_summarise_stale(rows))
    saved = 0
    for item in results:
        if isinstance(item, Exception):
            log.warning("summary backfill failed: %s", item)
            continue
        row, summary = item
        ticket_store.save_summary(row, summary)
        saved += 1
    anvil.server.task_state["done"] = saved
    return saved


@anvil.server.background_task
def purge_old_usage(days=90):
    cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=days)
    n = 0
    for row in app_tables.llm_usage.search():
        if row["when"] < cutoff:
            row.delete()
            n += 1
    return n
