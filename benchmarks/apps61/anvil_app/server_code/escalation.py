"""Escalation helper: decides whether a ticket should go to tier 2 and pulls the
account facts it needs via tools.

Written before the llm/ package existed, hence its own client.
"""
import json
import logging

import anthropic
import anvil.secrets
import anvil.server
from anvil.tables import app_tables

from . import ticket_store
from .utils import require_agent, truncate

log = logging.getLogger(__name__)

_client = anthropic.Anthropic(api_key=anvil.secrets.get_secret("anthropic_key"))

MODEL = "claude-3-5-sonnet-latest"

TOOLS = [
    {
        "name": "lookup_account",
        "description": "Look up plan, MRR and open-ticket count for a customer email.",
        "input_schema": {
            "type": "object",
            "properties": {"email": {"type": "string"}},
            "required": ["email"],
        },
    },
    {
        "name": "recent_incidents",
        "description": "List status-page incidents from the last 7 days.",
        "input_schema": {"type": "object", "properties": {}},
    },
]

SYSTEM = (
    "You triage support tickets for escalation. Use the tools if useful. "
    "Finish with JSON: {\"escalate\": true|false, \"team\": \"billing|infra|product\", \"reason\": \"...\"}"
)


def _run_tool(name, args):
    if name == "lookup_account":
        tickets = app_tables.tickets.search(customer_email=args["email"], status="open")
        return {"plan": "unknown", "open_tickets": len(tickets)}
    if name == "recent_incidents":
        return {"incidents": []}
    return {"error": f"unknown tool {name}"}


def assess(ticket):
    messages = [
        {
            "role": "user",
            "content": f"Customer: {ticket['customer_email']}\n\n{truncate(ticket['body'], 8000)}",
        }
    ]
    response = _client.messages.create(
        model=MODEL, max_tokens=1024, system=SYSTEM, tools=TOOLS, messages=messages
    )
    for _ in range(4):
        if response.stop_reason != "tool_use":
            break
        messages.append({"role": "assistant", "content": response.content})
        results = []
        for block in response.content:
            if block.type == "tool_use":
                results.append(
                    {
                        "type": "tool_result",
                        "tool_use_id": block.id,
                        "content": json.dumps(_run_tool(block.name, block.input)),
                    }
                )
        messages.append({"role": "user", "content": results})
        response = _client.messages.create(
            model=MODEL,
            max_tokens=1024,
            system=SYSTEM,
            tools=TOOLS,
            messages=messages,
        )
    text = "".join(b.text for b in response.content if b.type == "text")
    start, end = text.find("{"), text.rfind("}")
    return json.loads(text[start : end + 1]) if start >= 0 else {"escalate": False, "reason": text}


@anvil.server.callable
@require_agent
def suggest_escalation(ticket_id):
    ticket = ticket_store.get_ticket(ticket_id)
    verdict = assess(ticket)
    log.info("escalation verdict for %s: %s", ticket_id, verdict)
    return verdict
