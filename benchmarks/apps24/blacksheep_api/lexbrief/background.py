"""Background jobs and the periodic worker started from app.on_start."""
from __future__ import annotations

import asyncio
import logging

from blacksheep import Application

from lexbrief.clients import ProviderClients
from lexbrief.repositories import ChunkRepository, MatterRepository
from lexbrief.services.embeddings import EmbeddingService
from lexbrief.settings import Settings

log = logging.getLogger(__name__)

SIGNED_SUMMARY_MODEL = "claude-3-5-haiku-latest"
DIGEST_BATCH_MODEL = "claude-sonnet-4-20250514"


async def summarize_signed_contract(
    clients: ProviderClients, envelope_id: str, document_text: str, app: Application
) -> None:
    if not document_text:
        log.info("envelope %s had no text layer; skipping summary", envelope_id)
        return
    message = await clients.anthropic.messages.create(
        model=SIGNED_SUMMARY_MODEL,
        max_tokens=800,
        system="Summarize the executed agreement for the matter file: parties, term, fees, renewal, notice.",
        messages=[{"role": "user", "content": document_text[:180_000]}],
    )
    summary = message.content[0].text
    db = app.services.resolve(MatterRepository)
    log.info("signed summary for %s (%d chars) -> %s", envelope_id, len(summary), db)


async def embed_pending_chunks(embeddings: EmbeddingService, chunks: ChunkRepository) -> int:
    pending = await chunks.missing_embeddings(limit=256)
    if not pending:
        return 0
    done = await embeddings.embed_chunks(pending)
    await chunks.save_embeddings(done)
    return len(done)


async def submit_weekly_digest_batch(clients: ProviderClients, matters: MatterRepository) -> str | None:
    """Digests don't need to be fast; the Message Batches API halves the price."""
    matter_ids = await matters.active_matter_ids()
    if not matter_ids:
        return None
    requests = []
    for matter_id in matter_ids:
        events = await matters.recent_activity(matter_id, limit=100)
        requests.append(
            {
                "custom_id": f"digest-{matter_id}",
                "params": {
                    "model": DIGEST_BATCH_MODEL,
                    "max_tokens": 1500,
                    "messages": [{"role": "user", "content": f"Weekly digest for matter {matter_id}:\n{events}"}],
                },
            }
        )
    batch = await clients.anthropic.messages.batches.create(requests=requests)
    log.info("submitted digest batch %s with %d requests", batch.id, len(requests))
    return batch.id


async def poll_digest_batch(clients: ProviderClients, batch_id: str) -> bool:
    batch = await clients.anthropic.messages.batches.retrieve(batch_id)
    return batch.processing_status == "ended"


class BackgroundWorker:
    def __init__(self, app: Application, settings: Settings) -> None:
        self.app = app
        self.interval = settings.background_interval_seconds
        self._task: asyncio.Task | None = None
        self._ticks = 0

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="lexbrief-worker")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    async def _run(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("background tick failed")
            await asyncio.sleep(self.interval)

    async def tick(self) -> None:
        self._ticks += 1
        services = self.app.services
        embedded = await embed_pending_chunks(
            services.resolve(EmbeddingService), services.resolve(ChunkRepository)
        )
        if embedded:
            log.info("embedded %d chunks", embedded)
        # roughly weekly at the default interval
        if self._ticks % 2016 == 0:
            await submit_weekly_digest_batch(services.resolve(ProviderClients), services.resolve(MatterRepository))
