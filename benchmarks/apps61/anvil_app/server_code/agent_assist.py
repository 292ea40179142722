"""'Assist' side panel: next best action + quick tags.

Provider per feature is configurable in the admin panel (stored in the
`settings` table); the registry hands us the right client.
"""
import json
import logging

import anvil.server
from anvil.tables import app_tables

from . import ticket_store
from .llm import DEFAULT_MODELS, chat, client_for
from .utils import require_agent, truncate

log = logging.getLogger(__name__)

NEXT_ACTION_PROMPT = (
    "Given this ticket, suggest the single best next action for the agent "
    "(max 25 words). Options include: ask for logs, refund via billing, link KB article, "
    "escalate, close as resolved."
)


def _feature_provider(feature, default):
    row = app_tables.settings.get(key=f"provider:{feature}") if hasattr(app_tables, "settings") else None
    return row["value"] if row else default


@anvil.server.callable
@require_agent
def suggest_next_action(ticket_id):
    ticket = ticket_store.get_ticket(ticket_id)
    claude = client_for("anthropic")
    msg = claude.messages.create(
        model=DEFAULT_MODELS["anthropic"],
        max_tokens=120,
        system=NEXT_ACTION_PROMPT,
        messages=[{"role": "user", "content": truncate(ticket["body"], 6000)}],
    )
    return msg.content[0].text.strip()


@anvil.server.callable
@require_agent
def quick_tags(ticket_id):
    ticket = ticket_store.get_ticket(ticket_id)
    co = client_for("cohere")
    resp = co.chat(
        model="command-r-08-2024",
        messages=[
            {
                "role": "system",
                "content": "Return a JSON list of up to 5 lowercase tags for this support ticket.",
            },
            {"role": "user", "content": f"{ticket['subject']}\n{truncate(ticket['body'], 4000)}"},
        ],
        response_format={"type": "json_object"},
    )
    try:
        return json.loads(resp.message.content[0].text)[:5]
    except (ValueError, TypeError):
        return []


@anvil.server.callable
@require_agent
def explain_for_customer(ticket_id, technical_note):
    """Turns an engineer's note into plain language. Goes through the registry so the
    provider can be flipped from the admin panel."""
    provider = _feature_provider("explain", "gemini")
    return chat(
        provider,
        [
            {"role": "system", "content": "Rewrite this engineering note for a non-technical customer."},
            {"role": "user", "content": technical_note},
        ],
    )
