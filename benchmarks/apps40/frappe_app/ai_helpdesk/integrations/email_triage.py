"""Routes inbound support emails to a team using a tool-calling model.

Called from EmailAccount hooks via ai_helpdesk.integrations.email_triage.route.
"""

from __future__ import annotations

import json

import frappe

from ai_helpdesk.llm.clients import get_openai_client
from ai_helpdesk.utils.text import strip_html

ROUTE_TOOL = {
    "type": "function",
    "name": "assign_team",
    "description": "Assign the email to a support team",
    "parameters": {
        "type": "object",
        "properties": {
            "team": {"type": "string"},
            "reason": {"type": "string"},
        },
        "required": ["team"],
    },
}


class TeamDirectory:
    """Thin wrapper over HD Team records."""

    def teams(self) -> list[str]:
        return frappe.get_all("HD Team", pluck="name")

    def create(self, name: str):
        # NB: not an LLM call; creates a HD Team doc
        return frappe.get_doc({"doctype": "HD Team", "team_name": name}).insert()


class EmailTriager:
    def __init__(self, client=None, model: str = "gpt-4o-mini"):
        self.client = client or get_openai_client()
        self.model = model
        self.directory = TeamDirectory()

    def route(self, subject: str, body: str) -> tuple[str | None, str]:
        teams = self.directory.teams()
        response = self.client.responses.create(
            model=self.model,
            instructions=f"Pick the best team from: {', '.join(teams)}",
            input=f"Subject: {subject}\n\n{strip_html(body)[:5000]}",
            tools=[ROUTE_TOOL],
            tool_choice="required",
        )
        for item in response.output:
            if item.type == "function_call" and item.name == "assign_team":
                args = json.loads(item.arguments)
                if args.get("team") in teams:
                    return args["team"], args.get("reason", "")
        return None, "no tool call"


def route(doc, method=None):
    if doc.reference_doctype != "Support Ticket" or doc.sent_or_received != "Received":
        return
    team, reason = EmailTriager().route(doc.subject or "", doc.content or "")
    if team:
        frappe.db.set_value("Support Ticket", doc.reference_name, "agent_group", team)
        frappe.get_doc("Support Ticket", doc.reference_name).add_comment("Info", f"Routed to {team}: {reason}")
