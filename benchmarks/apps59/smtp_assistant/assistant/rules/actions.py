"""Action implementations. Each action gets the message plus a shared context."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Awaitable, Callable

from assistant.parsing import ParsedMessage
from assistant.pipeline.drafting import ReplyDrafter, draft_with_claude
from assistant.pipeline.invoices import InvoiceExtractor, looks_like_invoice
from assistant.pipeline.research import research_sender
from assistant.pipeline.summarise import ThreadSummariser
from assistant.smtp.sender import ReplySender
from assistant.storage import Store

log = logging.getLogger(__name__)


@dataclass
class ActionContext:
    store: Store
    sender: ReplySender
    drafter: ReplyDrafter
    summariser: ThreadSummariser
    extractor: InvoiceExtractor
    provider: str | None = None
    notes: dict | None = None


ActionFn = Callable[[ParsedMessage, ActionContext, str | None], Awaitable[None]]
ACTIONS: dict[str, ActionFn] = {}


def action(name: str):
    def deco(fn: ActionFn) -> ActionFn:
        ACTIONS[name] = fn
        return fn
    return deco


@action("archive")
async def archive(msg: ParsedMessage, ctx: ActionContext, arg: str | None) -> None:
    log.info("archived %s", msg.message_id)


@action("draft")
async def draft(msg: ParsedMessage, ctx: ActionContext, arg: str | None) -> None:
    if ctx.provider == "anthropic":
        body = await asyncio.to_thread(draft_with_claude, msg)
    else:
        body = await asyncio.to_thread(ctx.drafter.draft, msg, (ctx.notes or {}).get("research"))
    ctx.store.drafts.create(msg.message_id, body)


@action("summarise")
async def summarise(msg: ParsedMessage, ctx: ActionContext, arg: str | None) -> None:
    rows = ctx.store.thread(msg.thread_id)
    thread = [{"from": r["sender"], "date": r["received_at"], "subject": r["subject"], "body": ""} for r in rows]
    thread.append({"from": msg.sender, "date": msg.date, "subject": msg.subject, "body": msg.body})
    summary = await ctx.summariser.asummarise(thread)
    ctx.notes = {**(ctx.notes or {}), "summary": summary}


@action("extract_invoice")
async def extract_invoice(msg: ParsedMessage, ctx: ActionContext, arg: str | None) -> None:
    if not msg.attachments and not await asyncio.to_thread(looks_like_invoice, msg.body):
        return
    invoice = await asyncio.to_thread(ctx.extractor.extract, msg)
    if invoice is not None:
        ctx.store.save_invoice(msg.message_id, invoice)


@action("research")
async def research(msg: ParsedMessage, ctx: ActionContext, arg: str | None) -> None:
    info = await asyncio.to_thread(research_sender, msg.sender_domain)
    ctx.notes = {**(ctx.notes or {}), "research": info}


@action("notify")
async def notify(msg: ParsedMessage, ctx: ActionContext, arg: str | None) -> None:
    if not arg:
        return
    await ctx.sender.forward(msg, arg)


async def run_actions(names: list[str], msg: ParsedMessage, ctx: ActionContext) -> None:
    for spec in names:
        name, _, arg = spec.partition(":")
        fn = ACTIONS.get(name)
        if fn is None:
            log.error("unknown action %r", name)
            continue
        await fn(msg, ctx, arg or None)
