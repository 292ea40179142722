from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypedDict

Intent = Literal["refund", "order_status", "technical", "billing", "complaint", "other"]


class Message(TypedDict):
    role: Literal["user", "assistant", "system"]
    content: str


class TicketState(TypedDict, total=False):
    ticket_id: str
    tenant_id: str
    customer_email: str
    language: str
    messages: Annotated[list[Message], operator.add]
    intent: Intent
    confidence: float
    flagged: bool
    kb_hits: list[dict[str, Any]]
    research_notes: str
    draft: str
    qa_passed: bool
    qa_reason: str
    escalated: bool
    summary: str
    attempts: int


class RefundState(TypedDict, total=False):
    ticket_id: str
    tenant_id: str
    order_id: str | None
    amount_cents: int
    reason: str
    policy_excerpt: str
    decision: Literal["approve", "deny", "needs_human"]
    rationale: str
    customer_reply: str


class SupervisorState(TypedDict, total=False):
    ticket_id: str
    messages: Annotated[list[Message], operator.add]
    next_agent: str
    hops: int
    final: str


@dataclass
class AgentContext:
    """Runtime context (langgraph >= 0.6 `context_schema`)."""

    tenant_id: str
    anthropic: Any = None
    cohere: Any = None
    cerebras: Any = None
    mistral: Any = None
    policy_docs: list[str] = field(default_factory=list)
    max_refund_cents: int = 20_000
