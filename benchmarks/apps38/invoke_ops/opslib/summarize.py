"""Incident summarisation.

The summariser takes whichever OpenAI-shaped client it is given (openai, azure
or xai) so the task can pick the backend from config.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from opslib import prompts
from opslib.cost import completion_cost
from opslib.tokens import truncate_to_budget

log = logging.getLogger(__name__)


@dataclass
class IncidentSummary:
    incident_id: str
    text: str
    model: str
    cost_usd: float


def summarize_incident(client, model: str, incident: dict, events: list[dict], slack: str) -> IncidentSummary:
    user = prompts.INCIDENT_SUMMARY_USER.substitute(
        incident_id=incident["id"],
        title=incident["title"],
        severity=incident.get("urgency", "unknown"),
        events=prompts.render_events(events),
        slack=truncate_to_budget(slack, 6000),
    )
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": prompts.INCIDENT_SUMMARY_SYSTEM},
            {"role": "user", "content": user},
        ],
        temperature=0.2,
    )
    text = resp.choices[0].message.content or ""
    return IncidentSummary(incident["id"], text, model, completion_cost(model, resp.usage))


def status_page_blurb(client, model: str, summary: IncidentSummary) -> str:
    """One or two sentences for the public status page."""
    resp = client.responses.create(
        model=model,
        instructions="Rewrite this for a public status page: two sentences, no internal names.",
        input=summary.text,
    )
    return resp.output_text.strip()


class Summarizer:
    """Stateful variant used by the worker: keeps one client per process."""

    def __init__(self, client, model: str, max_tokens: int = 1200) -> None:
        self.client = client
        self.model = model
        self.max_tokens = max_tokens

    def summarize(self, incident: dict, events: list[dict], slack: str = "") -> IncidentSummary:
        return summarize_incident(self.client, self.model, incident, events, slack)

    def followups(self, summary_text: str) -> list[str]:
        resp = self.client.chat.completions.create(
            model=self.model,
            max_tokens=400,
            messages=[
                {"role": "system", "content": "Extract follow-up action items, one per line."},
                {"role": "user", "content": summary_text},
            ],
        )
        lines = (resp.choices[0].message.content or "").splitlines()
        return [ln.lstrip("-* ").strip() for ln in lines if ln.strip()]
