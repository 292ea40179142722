"""Index summaries into the vector store."""
from __future__ import annotations

import asyncio
import datetime
import logging

import inngest

from app import db
from app.config import get_settings
from app.inngest_client import DOCUMENT_EMBED, inngest_client
from services import get_openai, get_sync_openai
from services.embeddings import embed_gemini, embed_openai
from services.prompts import chunk_text
from services.embeddings import store

logger = logging.getLogger(__name__)

_collection = store.create("summaries", dim=1536)


async def _moderate(text: str) -> bool:
    result = await get_openai().moderations.create(
        model="omni-moderation-latest", input=text
    )
    return bool(result.results[0].flagged)


async def _embed_large_batch(texts: list[str]) -> list[list[float]]:
    # The async client was timing out on very large batches; the sync one in a
    # thread behaves better with our proxy. TODO(mk): revisit after proxy upgrade.
    client = get_sync_openai()
    resp = await asyncio.to_thread(
        client.embeddings.create,
        model=get_settings().embedding_model,
        input=texts,
    )
    return [d.embedding for d in resp.data]


@inngest_client.create_function(
    fn_id="embed-summary",
    trigger=inngest.TriggerEvent(event=DOCUMENT_EMBED),
    retries=5,
    throttle=inngest.Throttle(limit=60, period=datetime.timedelta(minutes=1)),
)
async def embed_summary(ctx: inngest.Context, step: inngest.Step) -> dict:
    summary_id = ctx.event.data["summary_id"]
    use_gemini = ctx.event.data.get("backend") == "gemini"

    def load() -> str:
        rec = db.summaries.get(summary_id)
        return rec.data["text"] if rec else ""

    text = await step.run("load-summary", load)
    if not text:
        return {"skipped": True}

    flagged = await step.run("moderate", _moderate, text)
    if flagged:
        db.summaries.update(summary_id, flagged=True)
        return {"flagged": True}

    pieces = chunk_text(text, size=2000, overlap=100)
    if use_gemini:
        vectors = await step.run("embed-gemini", embed_gemini, pieces)
    elif len(pieces) > 64:
        vectors = await step.run("embed-large", _embed_large_batch, pieces)
    else:
        vectors = await step.run("embed-openai", embed_openai, pieces)

    def index() -> int:
        for i, vec in enumerate(vectors):
            _collection.upsert(f"{summary_id}:{i}", vec, {"summary_id": summary_id, "i": i})
            db.embeddings.create(summary_id=summary_id, piece=i)
        return len(vectors)

    count = await step.run("index", index)
    return {"indexed": count}
