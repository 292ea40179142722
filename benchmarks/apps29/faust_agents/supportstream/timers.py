"""Periodic jobs registered on the app (imported from supportstream.app)."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

import httpx

from supportstream.app import app
from supportstream.clients import get_groq
from supportstream.config import settings

log = logging.getLogger(__name__)


async def _post_to_slack(text: str) -> None:
    if not settings.slack_webhook_url:
        log.info("slack disabled; digest:\n%s", text)
        return
    async with httpx.AsyncClient(timeout=10) as http:
        await http.post(settings.slack_webhook_url, json={"text": text})


@app.timer(interval=settings.sla_digest_interval, on_leader=True)
async def sla_digest():
    from supportstream.tables import category_counts

    counts = {cat: category_counts[cat].now() for cat in (
        "billing", "bug", "how_to", "account_access", "feature_request", "outage", "other"
    )}
    if not any(counts.values()):
        return
    lines = "\n".join(f"- {k}: {v}" for k, v in counts.items())
    msg = await app.clients.anthropic.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=300,
        messages=[{
            "role": "user",
            "content": f"Write a 3-line digest for the support leads about the last hour:\n{lines}",
        }],
    )
    await _post_to_slack(msg.content[0].text)


@app.timer(interval=3600.0, on_leader=True)
async def backlog_headline():
    """Hourly one-liner for the status channel. Sync Groq client, so run it in a thread."""
    from supportstream.tables import ticket_state

    open_p1 = sum(1 for _, st in ticket_state.items() if st.get("triage", {}).get("priority") == "p1")
    client = get_groq()
    resp = await app.loop.run_in_executor(
        None,
        lambda: client.chat.completions.create(
            model=settings.fast_model,
            messages=[{"role": "user", "content": f"One upbeat sentence: {open_p1} open P1 tickets."}],
            max_tokens=40,
        ),
    )
    await _post_to_slack(resp.choices[0].message.content)


@app.crontab("0 6 * * 1", timezone=timezone.utc, on_leader=True)
async def weekly_sentiment():
    from supportstream.agents.sentiment import report

    data = report.generate()
    await _post_to_slack(f"Weekly sentiment {datetime.now(timezone.utc):%Y-%m-%d}: {data}")


STALE_AFTER_HOURS = 48


@app.timer(interval=1800.0, on_leader=True)
async def nudge_stale_tickets():
    """Suggest a follow-up line for tickets waiting on the customer for > 48h.

    Goes through the registry so ops can flip the backend with NUDGE_BACKEND.
    """
    import os

    from supportstream.llm import chat_with
    from supportstream.tables import ticket_state

    backend = os.environ.get("NUDGE_BACKEND", "groq")
    now = datetime.now(timezone.utc).timestamp()
    nudged = 0
    for ticket_id, state in list(ticket_state.items()):
        waiting_since = state.get("waiting_on_customer_since")
        if not waiting_since or state.get("nudge"):
            continue
        if (now - waiting_since) / 3600 < STALE_AFTER_HOURS:
            continue
        last = (state.get("messages") or [""])[-1]
        state["nudge"] = await chat_with(
            backend,
            "Write one polite follow-up sentence asking if the customer still needs help.",
            last[-2000:],
        )
        ticket_state[ticket_id] = state
        nudged += 1
        if nudged >= 50:  # keep a lid on it per run
            break
    if nudged:
        log.info("prepared %d stale-ticket nudges via %s", nudged, backend)
