"""Refund decision nodes. Clients come from the graph's runtime context."""
from __future__ import annotations

import logging

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from app.agents.prompts import REFUND_SYSTEM
from app.config import settings
from app.graphs.state import AgentContext, RefundState
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.tools.orders import OrderRepository

logger = logging.getLogger(__name__)

RECORD_DECISION_TOOL = {
    "name": "record_decision",
    "description": "Record the refund decision.",
    "input_schema": {
        "type": "object",
        "properties": {
            "decision": {"type": "string", "enum": ["approve", "deny", "needs_human"]},
            "rationale": {"type": "string"},
        },
        "required": ["decision", "rationale"],
    },
}

_orders = OrderRepository()


def load_order(state: RefundState) -> dict:
    order = _orders.get(state.get("order_id")) if state.get("order_id") else None
    if order is None:
        return {"decision": "needs_human", "rationale": "order not found"}
    return {"amount_cents": order.total_cents}


def select_policy(state: RefundState, runtime: Runtime[AgentContext]) -> dict:
    docs = runtime.context.policy_docs
    if not docs:
        return {"policy_excerpt": "Refunds are allowed within 30 days of delivery."}
    # cheap lexical pick; the rerank-based version lives in retrieval.py
    reason_words = set(state.get("reason", "").lower().split())
    best = max(docs, key=lambda d: len(reason_words & set(d.lower().split())))
    return {"policy_excerpt": best}


def assess_refund(state: RefundState, runtime: Runtime[AgentContext]) -> dict:
    if state.get("decision") == "needs_human":
        return {}
    ctx = runtime.context
    if state.get("amount_cents", 0) > ctx.max_refund_cents:
        return {"decision": "needs_human", "rationale": "amount above auto-approval limit"}

    message = ctx.anthropic.messages.create(
        model=settings.responder_model,
        max_tokens=512,
        system=REFUND_SYSTEM.format(policy=state.get("policy_excerpt", "")),
        tools=[RECORD_DECISION_TOOL],
        tool_choice={"type": "tool", "name": "record_decision"},
        messages=[
            {
                "role": "user",
                "content": f"Order {state.get('order_id')} ({state.get('amount_cents', 0) / 100:.2f} EUR). "
                f"Customer reason: {state.get('reason', '')}",
            }
        ],
    )
    for block in message.content:
        if block.type == "tool_use" and block.name == "record_decision":
            return {"decision": block.input["decision"], "rationale": block.input["rationale"]}
    logger.warning("model did not call record_decision for %s", state.get("ticket_id"))
    return {"decision": "needs_human", "rationale": "no tool call"}


def human_review(state: RefundState) -> dict:
    answer = interrupt({"ticket_id": state["ticket_id"], "rationale": state.get("rationale")})
    return {"decision": answer.get("decision", "deny"), "rationale": answer.get("note", state.get("rationale", ""))}


async def draft_customer_reply(state: RefundState, runtime: Runtime[AgentContext]) -> dict:
    prompt = (
        f"Write a short reply telling the customer their refund request was {state['decision']}. "
        f"Reason (internal, paraphrase politely): {state.get('rationale', '')}"
    )
    reply = await multi_model_service.generate_response(
        prompt=prompt,
        task_type="refund_reply",
        complexity=TaskComplexity.SIMPLE,
        tenant_id=runtime.context.tenant_id,
    )
    if state["decision"] == "approve" and state.get("order_id"):
        _orders.create_refund(state["order_id"], state.get("amount_cents", 0))
    return {"customer_reply": reply}


def route_decision(state: RefundState) -> str:
    return {"approve": "reply", "deny": "reply"}.get(state.get("decision", ""), "human_review")
