"""Background jobs driven by tornado.ioloop.PeriodicCallback."""
import logging

from tornado.ioloop import PeriodicCallback
from tornado.options import options

from supportbot.services import llm_tracker
from supportbot.utils.prompts import SUMMARY_PROMPT, transcript_from_messages

log = logging.getLogger(__name__)


class StaleTicketSummarizer:
    """Re-summarize tickets that changed since their last summary."""

    def __init__(self, tickets, anthropic_client, model=None):
        self.tickets = tickets
        self.anthropic = anthropic_client
        self.model = model or options.summary_model
        self._running = False

    async def run(self):
        if self._running:
            log.info("previous summarizer run still in progress; skipping")
            return
        self._running = True
        try:
            for t in await self.tickets.stale_unsummarized():
                await self._summarize(t)
        finally:
            self._running = False

    async def _summarize(self, ticket):
        messages = await self.tickets.messages(ticket["id"])
        if not messages:
            return
        prompt = SUMMARY_PROMPT.format(ticket_id=ticket["id"], status=ticket["status"],
                                       transcript=transcript_from_messages(messages))
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="stale_summary",
        ) as usage_log:
            msg = await self.anthropic.messages.create(
                model=self.model, max_tokens=400,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        await self.tickets.set_summary(ticket["id"], msg.content[0].text)


async def refresh_kb_embeddings(app):
    chunks = await app.kb_store.chunks_without_embedding()
    if not chunks:
        return
    vectors = await app.embedder.embed_documents([c["text"] for c in chunks])
    await app.kb_store.save_embeddings([(c["id"], v) for c, v in zip(chunks, vectors)])
    log.info("embedded %d new KB chunks", len(chunks))


async def nightly_digest(app):
    """Short digest of yesterday's top issues for the #support-leads channel."""
    rows = await app.db_pool.fetch(
        "SELECT category, count(*) AS n FROM tickets WHERE created_at > now() - interval '1 day' "
        "GROUP BY category ORDER BY n DESC LIMIT 10")
    if not rows:
        return None
    table = "\n".join("%s: %d" % (r["category"], r["n"]) for r in rows)
    resp = await app.clients.anthropic.messages.create(
        model=options.summary_model,
        max_tokens=300,
        messages=[{"role": "user", "content": "Write a 3-bullet digest of these ticket counts:\n" + table}],
    )
    return resp.content[0].text


def start_periodic_jobs(app):
    summarizer = StaleTicketSummarizer(app.tickets, app.clients.anthropic)
    jobs = [
        PeriodicCallback(summarizer.run, options.stale_ticket_interval_ms, jitter=0.1),
        PeriodicCallback(lambda: refresh_kb_embeddings(app), options.kb_refresh_interval_ms),
        PeriodicCallback(llm_tracker.flush, 60_000),
        PeriodicCallback(lambda: nightly_digest(app), 24 * 3600 * 1000),
    ]
    for job in jobs:
        job.start()
    app.periodic.extend(jobs)
    return jobs
