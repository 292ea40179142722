from __future__ import annotations

import json
import logging
import uuid

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from app.routes.deps import get_agent_context, get_openai, get_triage_graph, graph_config
from app.config import settings
from app.graphs.state import AgentContext
from app.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/tickets", tags=["tickets"])


class TicketIn(BaseModel):
    customer_email: str
    message: str
    language: str = "en"
    ticket_id: str | None = None


class TicketOut(BaseModel):
    ticket_id: str
    intent: str | None
    draft: str | None
    escalated: bool = False
    summary: str | None = None


@router.post("", response_model=TicketOut)
async def create_ticket(
    body: TicketIn,
    request: Request,
    graph=Depends(get_triage_graph),
    ctx: AgentContext = Depends(get_agent_context),
) -> TicketOut:
    ticket_id = body.ticket_id or f"T-{uuid.uuid4().hex[:10]}"
    state = await graph.ainvoke(
        {
            "ticket_id": ticket_id,
            "tenant_id": ctx.tenant_id,
            "customer_email": body.customer_email,
            "language": body.language,
            "messages": [{"role": "user", "content": body.message}],
            "attempts": 0,
        },
        config=graph_config(request, thread_id=ticket_id),
        context=ctx,
    )
    return TicketOut(
        ticket_id=ticket_id,
        intent=state.get("intent"),
        draft=state.get("draft"),
        escalated=bool(state.get("escalated")),
        summary=state.get("summary"),
    )


@router.post("/{ticket_id}/messages/stream")
async def stream_ticket(
    ticket_id: str,
    body: TicketIn,
    request: Request,
    graph=Depends(get_triage_graph),
    ctx: AgentContext = Depends(get_agent_context),
):
    async def events():
        async for chunk in graph.astream(
            {"messages": [{"role": "user", "content": body.message}]},
            config=graph_config(request, thread_id=ticket_id),
            context=ctx,
            stream_mode="updates",
        ):
            for node, update in chunk.items():
                yield f"event: {node}\ndata: {json.dumps(update, default=str)}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@router.get("/{ticket_id}/state")
async def ticket_state(ticket_id: str, request: Request, graph=Depends(get_triage_graph)) -> dict:
    snapshot = await graph.aget_state({"configurable": {"thread_id": ticket_id}})
    return {"values": snapshot.values, "next": list(snapshot.next)}


class SuggestIn(BaseModel):
    draft: str
    instruction: str = "Make it warmer and shorter."


@router.post("/{ticket_id}/suggest")
async def suggest_rewrite(ticket_id: str, body: SuggestIn, openai_client=Depends(get_openai)) -> dict:
    """Agent-assist button in the helpdesk UI (bypasses the graph)."""
    response = await run_in_threadpool(
        openai_client.responses.create,
        model=settings.triage_model,
        instructions=body.instruction,
        input=body.draft,
        max_output_tokens=400,
    )
    return {"ticket_id": ticket_id, "suggestion": response.output_text}


@router.post("/{ticket_id}/tldr")
async def tldr(ticket_id: str, request: Request, graph=Depends(get_triage_graph)) -> dict:
    snapshot = await graph.aget_state({"configurable": {"thread_id": ticket_id}})
    messages = snapshot.values.get("messages", [])
    text = "\n".join(m["content"] for m in messages[-10:])
    summary = await multi_model_service.generate_response(
        prompt=f"Give a one-sentence TL;DR of this support thread:\n{text}",
        task_type="summary",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"ticket_id": ticket_id, "tldr": summary}
