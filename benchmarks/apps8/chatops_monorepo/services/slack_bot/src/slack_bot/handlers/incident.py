from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

import requests

from botkit import CommandContext, command, get_settings
from botkit.errors import UserFacingError
from botkit.llm import models, prompts
from botkit.llm.clients import get_mistral_client
from botkit.storage.db import IncidentRepository
from slack_bot.slack_api import slack

logger = logging.getLogger(__name__)

PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"


class IncidentHandler:
    def __init__(self) -> None:
        self.repo = IncidentRepository()
        self.mistral = get_mistral_client()

    def triage(self, alert: str, deploys: str) -> dict:
        res = self.mistral.chat.complete(
            model=models.MISTRAL_LARGE,
            messages=[{"role": "user", "content": prompts.INCIDENT_TRIAGE.format(alert=alert, deploys=deploys)}],
            response_format={"type": "json_object"},
            temperature=0,
        )
        raw = res.choices[0].message.content
        try:
            return json.loads(raw)
        except (TypeError, json.JSONDecodeError):
            logger.warning("triage returned non-JSON: %r", raw)
            return {"severity": "SEV3", "summary": raw, "next_steps": []}

    async def draft_postmortem(self, timeline: str) -> str:
        res = await self.mistral.chat.complete_async(
            model=models.MISTRAL_LARGE,
            messages=[
                {"role": "system", "content": "You write clear, blameless postmortems."},
                {"role": "user", "content": prompts.POSTMORTEM.format(timeline=timeline)},
            ],
            max_tokens=2500,
        )
        return res.choices[0].message.content

    def page(self, summary: str, severity: str) -> None:
        routing_key = get_settings().pagerduty_routing_key
        if not routing_key:
            logger.info("no pagerduty routing key, not paging")
            return
        resp = requests.post(
            PAGERDUTY_EVENTS_URL,
            json={
                "routing_key": routing_key,
                "event_action": "trigger",
                "payload": {
                    "summary": summary[:1000],
                    "severity": "critical" if severity == "SEV1" else "error",
                    "source": "chatops",
                    "timestamp": datetime.now(timezone.utc).isoformat(),
                },
            },
            timeout=10,
        )
        resp.raise_for_status()


_handler = None


def handler() -> IncidentHandler:
    global _handler
    if _handler is None:
        _handler = IncidentHandler()
    return _handler


@command("incident", help="Open an incident from an alert payload", platforms=("slack",))
async def incident(ctx: CommandContext) -> None:
    alert = ctx.text.strip()
    if not alert:
        raise UserFacingError("Paste the alert text after `/incident`.")
    deploys = ctx.extras.get("recent_deploys", "(unknown)")
    h = handler()
    result = h.triage(alert, deploys)
    record = h.repo.create(
        channel_id=ctx.channel_id,
        severity=result.get("severity", "SEV3"),
        title=(result.get("summary") or alert)[:200],
        triage=result,
    )
    if result.get("severity") in ("SEV1", "SEV2"):
        h.page(result.get("summary", alert), result["severity"])
    steps = "\n".join(f"• {s}" for s in result.get("next_steps", []))
    await ctx.reply(f"*Incident #{record.id}* ({result.get('severity')})\n{result.get('summary')}\n{steps}")


@command("postmortem", help="Draft a postmortem from this incident thread", platforms=("slack",))
async def postmortem(ctx: CommandContext) -> None:
    if not ctx.thread_id:
        raise UserFacingError("Run this in the incident thread.")
    lines = slack.thread(ctx.channel_id, ctx.thread_id, limit=1000)
    timeline = "\n".join(f"{who}: {text}" for who, text in lines)
    draft = await handler().draft_postmortem(timeline)
    slack.upload(ctx.channel_id, draft.encode(), "postmortem.md", title="Postmortem draft")
