"""Summarisation tasks."""
from __future__ import annotations

import asyncio
import logging
import uuid

from procrastinate import JobContext

from docproc import prompts
from docproc.chunking import chunk_text, count_tokens
from docproc.db import get_repository
from docproc.models import DocumentStatus, Summary
from docproc.settings import get_settings
from llm.router import get_router
from tasks.app import LLM_RETRY, app
from tasks.context import anthropic_client, job_tag, mistral_client

logger = logging.getLogger(__name__)

SINGLE_PASS_LIMIT = 60_000


@app.task(queue="llm", retry=LLM_RETRY, pass_context=True, name="summarize_document")
async def summarize_document(context: JobContext, document_id: str, max_words: int = 200) -> None:
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        logger.warning("%s: document %s vanished", job_tag(context), document_id)
        return
    await repo.set_status(doc.id, DocumentStatus.PROCESSING)

    settings = get_settings()
    client = anthropic_client(context)
    if count_tokens(doc.body) <= SINGLE_PASS_LIMIT:
        resp = await client.messages.create(
            model=settings.summary_model,
            max_tokens=1200,
            system=prompts.SUMMARY_SYSTEM.format(max_words=max_words),
            messages=[{"role": "user", "content": doc.body}],
        )
        text = "".join(b.text for b in resp.content if b.type == "text")
        summary = Summary.create(doc.id, text, settings.summary_model, resp.usage)
    else:
        summary = await _map_reduce(context, doc.id, doc.body, max_words)

    await repo.save_summary(summary)
    await repo.set_status(doc.id, DocumentStatus.READY)


async def _map_reduce(context: JobContext, doc_id: uuid.UUID, body: str, max_words: int) -> Summary:
    mistral = mistral_client(context)
    chunks = list(chunk_text(body, max_tokens=get_settings().max_chunk_tokens))

    async def one(chunk: str) -> str:
        r = await mistral.chat.complete_async(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": prompts.CHUNK_SUMMARY.format(chunk=chunk)}],
            max_tokens=400,
        )
        return r.choices[0].message.content

    sem = asyncio.Semaphore(4)

    async def guarded(chunk: str) -> str:
        async with sem:
            return await one(chunk)

    parts = await asyncio.gather(*(guarded(c) for c in chunks))
    merged = await get_router().complete(
        "summarize",
        [{"role": "user", "content": prompts.MERGE_SUMMARY.format(max_words=max_words, parts="\n---\n".join(parts))}],
    )
    return Summary(doc_id, merged.text, merged.model, merged.input_tokens, merged.output_tokens)


@app.task(queue="llm", retry=LLM_RETRY, pass_context=True)
async def stream_summary_preview(context: JobContext, document_id: str, channel: str) -> None:
    """Streams a preview into a NOTIFY channel for the UI's live view."""
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return
    client = anthropic_client(context)
    buf: list[str] = []
    async with client.messages.stream(
        model=get_settings().summary_model,
        max_tokens=600,
        messages=[{"role": "user", "content": prompts.CHUNK_SUMMARY.format(chunk=doc.body[:20000])}],
    ) as stream:
        async for text in stream.text_stream:
            buf.append(text)
            if sum(len(b) for b in buf) > 200:
                await _notify(channel, "".join(buf))
                buf.clear()
    if buf:
        await _notify(channel, "".join(buf))


async def _notify(channel: str, payload: str) -> None:
    from docproc.db import get_pool

    pool = await get_pool()
    async with pool.connection() as conn:
        await conn.execute("SELECT pg_notify(%s, %s)", (channel, payload[:7900]))
