"""Incident tooling on top of the incident API."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import List

from mcp.server.fastmcp import Context, FastMCP

from helix_mcp.errors import UpstreamError
from helix_mcp.lifespan import AppContext, get_app
from helix_mcp.models import TimelineEntry
from helix_mcp.services.llm_usage_tracker import llm_tracker
from helix_mcp.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

POSTMORTEM_SECTIONS = [
    ("Summary", "Two or three sentences a VP can read."),
    ("Impact", "Who was affected, how badly, for how long. Use numbers from the events."),
    ("Root cause", "The technical chain of events. Separate facts from hypotheses."),
    ("Detection and response", "How we found out, time to mitigate, what slowed us down."),
    ("Action items", "Concrete follow-ups as a table: action, owner (team), priority."),
]


async def _events(app: AppContext, incident_id: str) -> List[dict]:
    resp = await app.http.get(f"{app.settings.incident_api_url}/incidents/{incident_id}/events")
    if resp.status_code == 404:
        raise UpstreamError("incident-api", f"unknown incident {incident_id}", 404)
    if resp.status_code != 200:
        raise UpstreamError("incident-api", resp.text[:200], resp.status_code)
    return resp.json()["events"]


def _render(events: List[dict]) -> str:
    return "\n".join(f"{e['at']} [{e.get('actor', '?')}] {e['text']}" for e in events)


def register(mcp: FastMCP) -> None:
    @mcp.tool()
    async def incident_summary(incident_id: str, ctx: Context) -> str:
        """Current status of an incident in a few sentences."""
        app = get_app(ctx)
        events = await _events(app, incident_id)
        return await multi_model_service.generate_response(
            prompt=f"Summarise the current status of incident {incident_id}:\n{_render(events[-200:])}",
            task_type="incident_summary",
            complexity=TaskComplexity.SIMPLE,
        )

    @mcp.tool()
    async def incident_timeline(incident_id: str, ctx: Context) -> List[TimelineEntry]:
        """Condensed timeline of the key moments of an incident."""
        app = get_app(ctx)
        events = await _events(app, incident_id)
        async with llm_tracker.track_llm_call(
            provider="openai",
            model=app.settings.chat_model,
            feature_context="mcp.incident_timeline",
        ) as usage_log:
            resp = await app.openai.chat.completions.create(
                model=app.settings.chat_model,
                response_format={"type": "json_object"},
                messages=[
                    {
                        "role": "system",
                        "content": 'Pick the 10-20 key events. Reply as {"entries": [{"at", "actor", "summary"}]}.',
                    },
                    {"role": "user", "content": _render(events)},
                ],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        entries = json.loads(resp.choices[0].message.content or "{}").get("entries", [])
        return [TimelineEntry.model_validate(e) for e in entries]

    @mcp.tool()
    async def draft_postmortem(incident_id: str, ctx: Context) -> str:
        """First draft of a postmortem document, section by section."""
        app = get_app(ctx)
        events = _render(await _events(app, incident_id))

        async def section(title: str, guidance: str) -> str:
            msg = await app.anthropic.messages.create(
                model=app.settings.claude_model,
                max_tokens=1500,
                system=f"You are drafting the '{title}' section of a blameless postmortem. {guidance}",
                messages=[{"role": "user", "content": f"Incident {incident_id} events:\n{events}"}],
            )
            return f"## {title}\n\n{msg.content[0].text.strip()}"

        await ctx.info(f"drafting {len(POSTMORTEM_SECTIONS)} sections for {incident_id}")
        parts = await asyncio.gather(*(section(t, g) for t, g in POSTMORTEM_SECTIONS))
        return f"# Postmortem: {incident_id}\n\n" + "\n\n".join(parts)
