"""Work that is kicked off with ``app.add_background_task`` from request handlers.

Background tasks run in a copied app context, so ``current_app`` works but
``g`` / ``request`` do not - pass what you need explicitly.
"""
from __future__ import annotations

import logging

from quart import current_app

from ..clients import get_worker_anthropic, together_client
from .llm_usage_tracker import llm_tracker
from .triage import post_triage_to_slack, triage_ticket

log = logging.getLogger(__name__)


async def enrich_new_ticket(ticket_id: str, body: str, tickets) -> None:
    try:
        triage = await triage_ticket(body)
        await tickets.update(ticket_id, category=triage["category"], priority=triage["priority"])
        hook = current_app.config.get("SLACK_TRIAGE_WEBHOOK")
        if hook and triage.get("priority") == 1:
            await post_triage_to_slack(hook, ticket_id, triage)
    except Exception:  # noqa: BLE001
        log.exception("enrich_new_ticket failed for %s", ticket_id)


async def generate_title(ticket_id: str, body: str, tickets) -> None:
    client = get_worker_anthropic()
    msg = await client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=30,
        messages=[{"role": "user", "content": f"Write a 6-word title for this ticket:\n{body}"}],
    )
    await tickets.update(ticket_id, title=msg.content[0].text.strip().strip('"'))


async def generate_title_tracked(ticket_id: str, body: str, tickets) -> None:
    client = get_worker_anthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model="claude-3-5-haiku-20241022", feature_context="ticket_title"
    ) as usage_log:
        msg = await client.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=30,
            messages=[{"role": "user", "content": f"Write a 6-word title for this ticket:\n{body}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    await tickets.update(ticket_id, title=msg.content[0].text.strip().strip('"'))


async def reembed_articles(repo, batch_size: int = 64) -> int:
    """Backfill embeddings for articles imported without them (Together, m2-bert)."""
    client = together_client()
    pending = await repo.missing_embeddings()
    done = 0
    for i in range(0, len(pending), batch_size):
        batch = pending[i : i + batch_size]
        resp = await client.embeddings.create(
            model="togethercomputer/m2-bert-80M-8k-retrieval",
            input=[a.body for a in batch],
        )
        for article, item in zip(batch, resp.data):
            await repo.set_embedding(article.id, item.embedding)
        done += len(batch)
    log.info("re-embedded %d articles", done)
    return done
