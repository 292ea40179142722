from __future__ import annotations

import asyncio
import functools
import logging
from datetime import datetime, timedelta, timezone
from typing import List

from aiohttp import web

from gateway import appkeys
from gateway.storage import Conversations, Documents
from gateway.utils import batched

log = logging.getLogger(__name__)

EMBED_BATCH = 96


async def reembed_documents(app: web.Application) -> int:
    """Fill in embeddings for documents that were imported without one."""
    settings = app[appkeys.SETTINGS]
    docs = Documents(app[appkeys.DB])
    pending = await docs.without_embeddings()
    if not pending:
        return 0

    embed_batch = functools.partial(
        app[appkeys.COHERE].embed,
        model=settings.cohere_embed_model,
        input_type="search_document",
        embedding_types=["float"],
    )
    done = 0
    for chunk in batched(pending, EMBED_BATCH):
        res = await embed_batch(texts=[d["body"] for d in chunk])
        for doc, vector in zip(chunk, res.embeddings.float_):
            await docs.save_embedding(doc["id"], vector)
        done += len(chunk)
    log.info("re-embedded %d documents", done)
    return done


async def submit_title_batch(app: web.Application) -> str:
    """Nightly: regenerate titles for yesterday's conversations via the Gemini batch API (50% cheaper)."""
    settings = app[appkeys.SETTINGS]
    since = datetime.now(timezone.utc) - timedelta(days=1)
    rows = await Conversations(app[appkeys.DB]).recent_for_digest(since, limit=2000)
    if not rows:
        return ""
    requests = [
        {
            "contents": [{"role": "user", "parts": [{"text": "Give this conversation a short title:\n" + r["transcript"][:6000]}]}],
            "metadata": {"conversation_id": str(r["id"])},
        }
        for r in rows
    ]
    job = await app[appkeys.GEMINI].aio.batches.create(
        model=settings.gemini_model,
        src=requests,
        config={"display_name": f"titles-{since:%Y%m%d}"},
    )
    log.info("submitted gemini batch %s with %d requests", job.name, len(requests))
    return job.name


async def warm_titles(app: web.Application, conversation_ids: List[int]) -> None:
    """Give fresh conversations a title. Uses the blocking groq client on the
    runner's thread pool, the async one is saturated by chat traffic."""
    from gateway.clients import sync_groq

    loop = asyncio.get_running_loop()
    convs = Conversations(app[appkeys.DB])
    for cid in conversation_ids:
        history = await convs.history(cid, limit=6)
        text = "\n".join(f"{m['role']}: {m['content']}" for m in history)
        resp = await loop.run_in_executor(
            app[appkeys.RUNNER].executor,
            functools.partial(
                sync_groq().chat.completions.create,
                model="llama-3.1-8b-instant",
                messages=[{"role": "user", "content": "Title (max 6 words) for:\n" + text}],
                max_tokens=16,
            ),
        )
        title = resp.choices[0].message.content.strip().strip('"')
        await app[appkeys.DB].execute("UPDATE conversations SET title = $2 WHERE id = $1", cid, title)
