"""Job handlers. Each gets the job dict and the worker's JobContext."""
from __future__ import annotations

import functools
import io
import json
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from ..models import Conversation, Ticket
from ..services.costs import rough_token_count
from ..services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


@dataclass
class JobContext:
    openai: Any
    cerebras: Any
    together: Any
    redis: Any
    settings: Any


Handler = Callable[[dict, JobContext], Awaitable[None]]
HANDLERS: dict[str, Handler] = {}


def job(name: str):
    def deco(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return deco


@job("embed_transcripts")
async def embed_transcripts(payload: dict, ctx: JobContext) -> None:
    convs = await Conversation.filter(id__in=payload["conversation_ids"])
    texts = [" ".join(t["content"] for t in c.transcript)[:8000] for c in convs]
    if not texts:
        return
    resp = await ctx.openai.embeddings.create(model=ctx.settings.openai_embedding_model, input=texts)
    pipe = ctx.redis.pipeline()
    for conv, item in zip(convs, resp.data):
        pipe.set(f"conv_vec:{conv.id}", json.dumps(item.embedding))
    await pipe.execute()


@job("bulk_classify")
async def bulk_classify(payload: dict, ctx: JobContext) -> None:
    """Re-label old tickets after we changed the category list."""
    classify = functools.partial(
        ctx.cerebras.chat.completions.create,
        model="llama-3.3-70b",
        temperature=0,
        max_tokens=8,
    )
    labels = payload.get("labels", ["billing", "bug", "account", "how_to", "feature_request", "other"])
    async for ticket in Ticket.filter(id__in=payload["ticket_ids"]):
        resp = await classify(
            messages=[
                {"role": "system", "content": f"Answer with exactly one of: {', '.join(labels)}."},
                {"role": "user", "content": f"{ticket.subject}\n\n{ticket.body[:3000]}"},
            ]
        )
        label = (resp.choices[0].message.content or "").strip().lower()
        if label in labels:
            await Ticket.filter(id=ticket.id).update(category=label)


@job("export_finetune")
async def export_finetune(payload: dict, ctx: JobContext) -> None:
    """Upload good conversations as a JSONL file for fine-tuning (training kicked off by hand)."""
    buf = io.BytesIO()
    n = 0
    async for conv in Conversation.filter(closed=True, tenant=payload.get("tenant", "default")):
        if sum(rough_token_count(t["content"]) for t in conv.transcript) > 6000:
            continue
        buf.write((json.dumps({"messages": conv.transcript}) + "\n").encode())
        n += 1
    buf.seek(0)
    uploaded = await ctx.openai.files.create(file=("conversations.jsonl", buf), purpose="fine-tune")
    log.info("uploaded %d conversations as %s", n, uploaded.id)


@job("weekly_report")
async def weekly_report(payload: dict, ctx: JobContext) -> None:
    themes = await ctx.redis.get("digest:latest")
    report = await multi_model_service.generate_response(
        prompt=f"Write a short weekly report for the support lead from these themes:\n{themes!r}",
        task_type="weekly_report",
        complexity=TaskComplexity.STANDARD,
    )
    await ctx.redis.set("report:weekly", report)


@job("translate_faq")
async def translate_faq(payload: dict, ctx: JobContext) -> None:
    target = payload["lang"]
    questions = await ctx.redis.lrange("faq:questions", 0, -1)
    out = []
    for q in questions:
        resp = await ctx.together.chat.completions.create(
            model=ctx.settings.together_chat_model,
            messages=[{"role": "user", "content": f"Translate to {target}, return only the translation:\n{q.decode()}"}],
            max_tokens=200,
        )
        out.append(resp.choices[0].message.content.strip())
    await ctx.redis.delete(f"faq:questions:{target}")
    if out:
        await ctx.redis.rpush(f"faq:questions:{target}", *out)
