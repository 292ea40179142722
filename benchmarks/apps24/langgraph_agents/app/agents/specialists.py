"""Supervisor + specialist agents for the multi-agent graph.

The supervisor picks the next worker via OpenAI tool-calling and returns a `Command`.
Workers fetch their clients from the shared provider registry.
"""
from __future__ import annotations

import json
import logging
from typing import Literal

from langgraph.graph import END
from langgraph.types import Command

from app.agents.prompts import SUPERVISOR_SYSTEM, render_transcript
from app.config import settings
from app.graphs.state import SupervisorState
from app.providers.registry import registry
from app.tools.orders import OrderRepository

logger = logging.getLogger(__name__)

WORKERS = ("billing_agent", "shipping_agent", "kb_agent")
MAX_HOPS = 6

_ROUTE_TOOL = {
    "type": "function",
    "function": {
        "name": "route",
        "description": "Choose the next agent to act, or FINISH.",
        "parameters": {
            "type": "object",
            "properties": {"next": {"type": "string", "enum": [*WORKERS, "FINISH"]}},
            "required": ["next"],
        },
    },
}


def supervisor(state: SupervisorState) -> Command[Literal["billing_agent", "shipping_agent", "kb_agent", "__end__"]]:
    hops = state.get("hops", 0)
    if hops >= MAX_HOPS:
        return Command(goto=END, update={"final": state["messages"][-1]["content"]})

    resp = registry.get("openai").chat.completions.create(
        model=settings.triage_model,
        messages=[{"role": "system", "content": SUPERVISOR_SYSTEM}, *state["messages"]],
        tools=[_ROUTE_TOOL],
        tool_choice={"type": "function", "function": {"name": "route"}},
    )
    call = resp.choices[0].message.tool_calls[0]
    nxt = json.loads(call.function.arguments)["next"]
    if nxt == "FINISH":
        return Command(goto=END, update={"final": state["messages"][-1]["content"], "hops": hops + 1})
    return Command(goto=nxt, update={"next_agent": nxt, "hops": hops + 1})


def billing_agent(state: SupervisorState) -> Command[Literal["supervisor"]]:
    mistral = registry["mistral"]
    res = mistral.chat.complete(
        model="mistral-large-latest",
        messages=[
            {"role": "system", "content": "You are the billing specialist. Explain charges plainly."},
            {"role": "user", "content": render_transcript(state["messages"])},
        ],
    )
    text = res.choices[0].message.content
    return Command(goto="supervisor", update={"messages": [{"role": "assistant", "content": f"[billing] {text}"}]})


def shipping_agent(state: SupervisorState) -> Command[Literal["supervisor"]]:
    repo = OrderRepository()
    orders = repo.recent_for_ticket(state["ticket_id"])
    lines = [f"{o.id}: {o.status} via {o.carrier} (eta {o.eta})" for o in orders] or ["no orders on file"]
    return Command(
        goto="supervisor",
        update={"messages": [{"role": "assistant", "content": "[shipping] " + "; ".join(lines)}]},
    )


def kb_agent(state: SupervisorState) -> Command[Literal["supervisor"]]:
    co = registry.get("cohere")
    question = state["messages"][-1]["content"]
    res = co.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "user", "content": question}],
        documents=[{"id": "faq", "data": {"text": doc}} for doc in _faq_snippets()],
    )
    text = "".join(c.text for c in res.message.content if c.type == "text")
    return Command(goto="supervisor", update={"messages": [{"role": "assistant", "content": f"[kb] {text}"}]})


def _faq_snippets() -> list[str]:
    return [
        "Orders ship within 2 business days.",
        "Refunds are processed within 5-7 business days after the return is received.",
        "We ship to the EU, UK and Switzerland.",
    ]
