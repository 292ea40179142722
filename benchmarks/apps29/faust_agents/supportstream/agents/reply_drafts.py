"""Reply drafts for agents.

Migration status (2024-10): the default path goes through multi_model_service.
The A/B arms and the cited-draft path still call providers directly.
"""
from __future__ import annotations

import functools
import logging
import random

from supportstream.app import app
from supportstream.config import settings
from supportstream.llm import chat_with
from supportstream.models import ReplyDraft
from supportstream.prompts import DRAFT_SYSTEM, render_kb, render_ticket
from supportstream.retrieval import get_kb
from supportstream.services import TaskComplexity, llm_tracker, multi_model_service
from supportstream.tables import ticket_state
from supportstream.topics import reply_drafts, tickets_triaged

log = logging.getLogger(__name__)

AB_ARMS = ("openai", "anthropic", "mistral")
AB_TRAFFIC = 0.1


async def draft_tracked(ticket_id: str, ticket_text: str, kb: str, agentic: bool) -> ReplyDraft:
    text = await multi_model_service.generate_response(
        prompt=f"{ticket_text}\n\nKnowledge base:\n{kb}",
        task_type="reply_draft",
        complexity=TaskComplexity.AGENTIC if agentic else TaskComplexity.SIMPLE,
        system=DRAFT_SYSTEM,
    )
    return ReplyDraft(ticket_id=ticket_id, draft=text, tracked=True)


async def draft_with_citations(ticket_id: str, ticket_text: str, snippets: list) -> ReplyDraft:
    """Cohere's grounded generation returns citations; used for how_to tickets."""
    co = app.clients.cohere
    resp = await co.chat(
        model="command-r-plus-08-2024",
        messages=[
            {"role": "system", "content": DRAFT_SYSTEM},
            {"role": "user", "content": ticket_text},
        ],
        documents=[{"id": s.id, "data": {"title": s.title, "snippet": s.text}} for s in snippets],
    )
    cites = sorted({src.id for c in (resp.message.citations or []) for src in c.sources})
    return ReplyDraft(ticket_id=ticket_id, draft=resp.message.content[0].text, citations=cites)


async def draft_p1_legacy(ticket_id: str, ticket_text: str) -> ReplyDraft:
    """P1 drafts: kept on direct Anthropic but wrapped in the tracker (legacy exception)."""
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.summary_model,
        feature_context="reply_draft_p1",
    ) as usage_log:
        msg = await app.clients.anthropic.messages.create(
            model=settings.summary_model,
            max_tokens=900,
            system=DRAFT_SYSTEM + "\nThis is a P1 incident: acknowledge impact first.",
            messages=[{"role": "user", "content": ticket_text}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return ReplyDraft(ticket_id=ticket_id, draft=msg.content[0].text, tracked=True)


def _short_draft_fn():
    # bound once per call site so the A/B config can swap the model
    return functools.partial(
        app.clients.openai.chat.completions.create,
        model="gpt-4o-mini",
        max_tokens=250,
        temperature=0.4,
    )


async def draft_short(ticket_id: str, ticket_text: str) -> ReplyDraft:
    create = _short_draft_fn()
    resp = await create(
        messages=[
            {"role": "system", "content": DRAFT_SYSTEM + " Two sentences max."},
            {"role": "user", "content": ticket_text},
        ]
    )
    return ReplyDraft(ticket_id=ticket_id, draft=resp.choices[0].message.content or "")


@app.agent(tickets_triaged, concurrency=3)
async def draft_replies(stream):
    async for result in stream:
        state = ticket_state[result.ticket_id]
        ticket = state.get("ticket") or {}
        ticket_text = render_ticket(ticket.get("subject", ""), ticket.get("body", ""))

        if result.priority == "p1":
            draft = await draft_p1_legacy(result.ticket_id, ticket_text)
        elif result.category == "how_to":
            snippets = await get_kb().search(ticket_text, top_n=4)
            draft = await draft_with_citations(result.ticket_id, ticket_text, snippets)
        elif result.category == "account_access":
            draft = await draft_short(result.ticket_id, ticket_text)
        elif random.random() < AB_TRAFFIC:
            arm = random.choice(AB_ARMS)
            text = await chat_with(arm, DRAFT_SYSTEM, ticket_text)
            draft = ReplyDraft(ticket_id=result.ticket_id, draft=text)
            log.info("ab draft arm=%s ticket=%s", arm, result.ticket_id)
        else:
            snippets = await get_kb().search(ticket_text, top_n=3)
            kb = render_kb([s.as_dict() for s in snippets])
            draft = await draft_tracked(result.ticket_id, ticket_text, kb, agentic=result.priority == "p2")

        await reply_drafts.send(key=result.ticket_id, value=draft)
