"""Summaries and titles. Bulk runs go to Llama on Together to keep costs down."""
from __future__ import annotations

import os

import structlog
from openai import AsyncOpenAI

from docintel.services.multi_model_service import TaskComplexity, multi_model_service
from docintel.services.summarizer import Summarizer
from docintel.worker.context import providers_of, repo_of, settings_of

log = structlog.get_logger(__name__)

TITLE_PROMPT = "Write a 4-8 word title for this document. Reply with the title only.\n\n{text}"


async def summarize_document(ctx: dict, doc_id: str) -> str:
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    text = doc.text or "\n".join(doc.pages)
    summarizer: Summarizer = ctx["summarizer"]
    summary = await summarizer.summarize(text)

    together = providers_of(ctx).together
    title_resp = await together.chat.completions.create(
        model=settings_of(ctx).together_model,
        messages=[{"role": "user", "content": TITLE_PROMPT.format(text=text[:4000])}],
        max_tokens=24,
        temperature=0.3,
    )
    title = (title_resp.choices[0].message.content or "").strip().strip('"')
    await repo.save_summary(doc_id, summary, title or None)
    return summary


async def stream_summary(ctx: dict, doc_id: str, channel: str) -> int:
    """Streams the summary to a Redis pub/sub channel the web app listens on."""
    doc = await repo_of(ctx).get(doc_id)
    redis = ctx["redis"]
    parts: list[str] = []
    async for piece in ctx["summarizer"].stream_summary(doc.text or ""):
        parts.append(piece)
        await redis.publish(channel, piece)
    await redis.publish(channel, "[DONE]")
    await repo_of(ctx).save_summary(doc_id, "".join(parts))
    return len(parts)


async def bulk_summaries(ctx: dict, doc_ids: list[str]) -> int:
    repo = repo_of(ctx)
    done = 0
    for doc_id in doc_ids:
        doc = await repo.get(doc_id)
        response = await multi_model_service.generate_response(
            prompt=f"Summarize in 3 bullet points:\n\n{(doc.text or '')[:30_000]}",
            task_type="bulk_summary",
            complexity=TaskComplexity.BULK,
            max_tokens=400,
        )
        await repo.save_summary(doc_id, response.text)
        done += 1
    return done


async def draft_reply_email(ctx: dict, doc_id: str, instructions: str) -> str:
    """Experimental (behind the `reply_drafts` flag for two pilot tenants)."""
    doc = await repo_of(ctx).get(doc_id)
    client = AsyncOpenAI(
        api_key=os.environ["TOGETHER_API_KEY"],
        base_url="https://api.together.xyz/v1",
    )
    try:
        resp = await client.chat.completions.create(
            model="Qwen/Qwen2.5-72B-Instruct-Turbo",
            messages=[
                {"role": "system", "content": "You draft short, polite B2B emails."},
                {
                    "role": "user",
                    "content": f"{instructions}\n\nRegarding this document:\n{(doc.text or '')[:10_000]}",
                },
            ],
            max_tokens=600,
        )
    finally:
        await client.close()
    return resp.choices[0].message.content or ""
