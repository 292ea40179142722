"""Graph builders.

Triage:
    START -> moderate -> classify -> (fallback) -> retrieve/research -> draft -> qa -> summarize -> END
                     \-> escalate                                       ^__________|  (retry)
Refunds:    load_order -> select_policy -> assess -> (human_review) -> reply
Supervisor: supervisor <-> {billing_agent, shipping_agent, kb_agent}   (Command-based routing)
"""
from __future__ import annotations

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph

from app.agents.classifier import (
    classify_intent,
    embedding_fallback,
    moderate_input,
    route_after_classify,
    route_after_moderation,
)
from app.agents.escalation import EscalationAgent
from app.agents.knowledge import make_research_node, retrieve_kb
from app.agents.refund import (
    assess_refund,
    draft_customer_reply,
    human_review,
    load_order,
    route_decision,
    select_policy,
)
from app.agents.responder import DraftResponder, qa_check, route_after_qa
from app.agents.specialists import billing_agent, kb_agent, shipping_agent, supervisor
from app.agents.summarizer import summarize_thread
from app.config import settings
from app.graphs.state import AgentContext, RefundState, SupervisorState, TicketState
from app.providers import get_anthropic_client, get_perplexity_client
from app.tools.translation import Translator, translate_node_factory


def _bump_attempts(state: TicketState) -> dict:
    return {"attempts": state.get("attempts", 0) + 1}


def refund_handoff(state: TicketState) -> dict:
    # The refunds graph is invoked separately by the API once the order id is confirmed.
    return {"draft": "Thanks! Could you confirm the order number you'd like refunded?"}


def build_triage_graph(
    checkpointer: BaseCheckpointSaver | None = None,
    *,
    responder: DraftResponder | None = None,
    translator: Translator | None = None,
):
    builder = StateGraph(TicketState, context_schema=AgentContext)

    builder.add_node("moderate", moderate_input)
    builder.add_node("classify", classify_intent)
    builder.add_node("fallback", embedding_fallback)
    builder.add_node("retrieve", retrieve_kb)
    builder.add_node("research", make_research_node(get_perplexity_client(), model=settings.research_model))
    builder.add_node("draft", responder or DraftResponder(get_anthropic_client(), settings.responder_model))
    builder.add_node("retry", _bump_attempts)
    builder.add_node("qa", qa_check)
    builder.add_node("escalate", EscalationAgent())
    builder.add_node("refund_handoff", refund_handoff)
    builder.add_node("summarize", summarize_thread)
    if translator is not None:
        builder.add_node("translate", translate_node_factory(translator))

    builder.add_edge(START, "moderate")
    builder.add_conditional_edges("moderate", route_after_moderation, ["classify", "escalate"])
    builder.add_conditional_edges(
        "classify",
        route_after_classify,
        {
            "fallback": "fallback",
            "refund_handoff": "refund_handoff",
            "escalate": "escalate",
            "research": "research",
            "retrieve": "retrieve",
        },
    )
    builder.add_edge("fallback", "retrieve")
    builder.add_edge("research", "retrieve")
    builder.add_edge("retrieve", "draft")
    if translator is not None:
        builder.add_edge("draft", "translate")
        builder.add_edge("translate", "qa")
    else:
        builder.add_edge("draft", "qa")
    builder.add_conditional_edges(
        "qa", route_after_qa, {"summarize": "summarize", "draft": "retry", "escalate": "escalate"}
    )
    builder.add_edge("retry", "draft")
    builder.add_edge("escalate", "summarize")
    builder.add_edge("refund_handoff", END)
    builder.add_edge("summarize", END)

    return builder.compile(checkpointer=checkpointer, name="triage")


def build_refund_graph(checkpointer: BaseCheckpointSaver | None = None):
    g = StateGraph(RefundState, context_schema=AgentContext)
    g.add_node("load_order", load_order)
    g.add_node("select_policy", select_policy)
    g.add_node("assess", assess_refund)
    g.add_node("human_review", human_review)
    g.add_node("reply", draft_customer_reply)

    g.add_edge(START, "load_order")
    g.add_edge("load_order", "select_policy")
    g.add_edge("select_policy", "assess")
    g.add_conditional_edges("assess", route_decision, {"reply": "reply", "human_review": "human_review"})
    g.add_edge("human_review", "reply")
    g.add_edge("reply", END)
    # human_review uses interrupt(), so a checkpointer is mandatory in prod
    return g.compile(checkpointer=checkpointer, name="refunds")


def build_supervisor_graph(checkpointer: BaseCheckpointSaver | None = None):
    builder = StateGraph(SupervisorState)
    builder.add_node("supervisor", supervisor)
    builder.add_node("billing_agent", billing_agent)
    builder.add_node("shipping_agent", shipping_agent)
    builder.add_node("kb_agent", kb_agent)
    builder.add_edge(START, "supervisor")
    # routing happens via Command(goto=...) returned from the nodes
    return builder.compile(checkpointer=checkpointer, name="supervisor")
