"""Adaptive card builders."""

from botbuilder.core import CardFactory
from botbuilder.schema import Attachment


def ticket_card(ticket: dict) -> Attachment:
    return CardFactory.adaptive_card(
        {
            "type": "AdaptiveCard",
            "version": "1.4",
            "body": [
                {"type": "TextBlock", "text": f"Ticket {ticket.get('number', '?')} created", "weight": "Bolder", "size": "Medium"},
                {"type": "TextBlock", "text": ticket.get("short_description", ""), "wrap": True},
                {
                    "type": "FactSet",
                    "facts": [
                        {"title": "Category", "value": ticket.get("category", "")},
                        {"title": "Priority", "value": ticket.get("priority", "")},
                    ],
                },
            ],
            "actions": [{"type": "Action.OpenUrl", "title": "Open in ServiceNow", "url": ticket.get("url", "")}],
        }
    )


def kb_results_card(chunks) -> Attachment:
    return CardFactory.adaptive_card(
        {
            "type": "AdaptiveCard",
            "version": "1.4",
            "body": [{"type": "TextBlock", "text": "Related articles", "weight": "Bolder"}]
            + [{"type": "TextBlock", "text": f"[{c.title}]({c.url})", "wrap": True} for c in chunks],
        }
    )


def usage_card(summary: dict) -> Attachment:
    facts = [
        {"title": model, "value": f"{row['calls']} calls, ${row['cost']:.4f}"} for model, row in sorted(summary.items())
    ]
    return CardFactory.adaptive_card(
        {"type": "AdaptiveCard", "version": "1.4", "body": [{"type": "FactSet", "facts": facts}]}
    )
