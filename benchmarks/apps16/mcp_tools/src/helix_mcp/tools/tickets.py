"""Ticket triage."""
from __future__ import annotations

import logging

from mcp.server.fastmcp import Context, FastMCP
from mcp.server.fastmcp.exceptions import ToolError

from helix_mcp.lifespan import get_app
from helix_mcp.models import TicketTriage

log = logging.getLogger(__name__)

TEAMS = ["platform-infra", "data-platform", "developer-experience", "security", "sre", "networking"]

TRIAGE_TOOL = {
    "name": "record_triage",
    "description": "Record the triage decision for a ticket.",
    "input_schema": {
        "type": "object",
        "properties": {
            "team": {"type": "string", "enum": TEAMS},
            "priority": {"type": "string", "enum": ["P0", "P1", "P2", "P3"]},
            "labels": {"type": "array", "items": {"type": "string"}},
            "rationale": {"type": "string"},
        },
        "required": ["team", "priority", "rationale"],
    },
}

TRIAGE_SYSTEM = (
    "You triage tickets for the platform org. P0 = production down, P1 = degraded for many users, "
    "P2 = a team is blocked, P3 = everything else. Choose exactly one owning team."
)


def register(mcp: FastMCP) -> None:
    @mcp.tool()
    async def triage_ticket(title: str, body: str, ctx: Context, create: bool = False) -> TicketTriage:
        """Suggest owning team, priority and labels for a ticket; optionally file it."""
        app = get_app(ctx)
        msg = await app.anthropic.messages.create(
            model=app.settings.claude_fast_model,
            max_tokens=600,
            system=TRIAGE_SYSTEM,
            tools=[TRIAGE_TOOL],
            tool_choice={"type": "tool", "name": "record_triage"},
            messages=[{"role": "user", "content": f"Title: {title}\n\n{body}"}],
        )
        tool_use = next((b for b in msg.content if b.type == "tool_use"), None)
        if tool_use is None:
            raise ToolError("triage model did not return a decision")
        triage = TicketTriage.model_validate(tool_use.input)

        if create:
            triage.ticket_id = await app.tickets.create(
                title=title,
                body=body,
                team=triage.team,
                priority=triage.priority,
                labels=triage.labels,
            )
            log.info("filed ticket %s for %s", triage.ticket_id, triage.team)
            if triage.priority in ("P0", "P1") and app.settings.slack_webhook_url:
                await app.http.post(
                    app.settings.slack_webhook_url,
                    json={"text": f":rotating_light: {triage.priority} ticket #{triage.ticket_id} for {triage.team}: {title}"},
                )
        return triage
