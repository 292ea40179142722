from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from langgraph.types import Command
from pydantic import BaseModel

from app.routes.deps import get_agent_context, get_refund_graph
from app.graphs.state import AgentContext

router = APIRouter(prefix="/refunds", tags=["refunds"])


class RefundIn(BaseModel):
    ticket_id: str
    order_id: str
    reason: str


class ReviewIn(BaseModel):
    decision: str
    note: str = ""


@router.post("")
async def request_refund(
    body: RefundIn, graph=Depends(get_refund_graph), ctx: AgentContext = Depends(get_agent_context)
) -> dict:
    config = {"configurable": {"thread_id": f"refund-{body.ticket_id}"}}
    result = await graph.ainvoke(
        {"ticket_id": body.ticket_id, "tenant_id": ctx.tenant_id, "order_id": body.order_id, "reason": body.reason},
        config=config,
        context=ctx,
    )
    if "__interrupt__" in result:
        return {"status": "pending_review", "ticket_id": body.ticket_id}
    return {"status": result.get("decision"), "reply": result.get("customer_reply")}


@router.post("/{ticket_id}/review")
async def review_refund(
    ticket_id: str,
    body: ReviewIn,
    graph=Depends(get_refund_graph),
    ctx: AgentContext = Depends(get_agent_context),
) -> dict:
    if body.decision not in ("approve", "deny"):
        raise HTTPException(status_code=422, detail="decision must be approve or deny")
    config = {"configurable": {"thread_id": f"refund-{ticket_id}"}}
    result = await graph.ainvoke(
        Command(resume={"decision": body.decision, "note": body.note}), config=config, context=ctx
    )
    return {"status": result.get("decision"), "reply": result.get("customer_reply")}
