from __future__ import annotations

import logging

import click
import requests

from opskit.clients import llm_session
from opskit.config import PAGERDUTY_API
from opskit.context import OpsContext
from opskit.db import Incident, session_scope
from opskit.errors import NotFound, UpstreamError
from prompts import incident_summary_messages

log = logging.getLogger(__name__)

SUMMARY_MODEL = "anthropic/claude-3.5-haiku"


@click.group(name="incidents")
def group() -> None:
    """Incident helpers."""


def _load(external_id: str) -> Incident:
    with session_scope() as session:
        incident = session.query(Incident).filter_by(external_id=external_id).one_or_none()
        if incident is None:
            raise NotFound(f"incident {external_id} not found")
        session.expunge(incident)
        return incident


@group.command("summarize")
@click.argument("external_id")
@click.option("--save/--no-save", default=True)
@click.pass_obj
def summarize(ops: OpsContext, external_id: str, save: bool) -> None:
    """Write an ops-channel summary for an incident."""
    incident = _load(external_id)
    response = ops.openrouter.chat.completions.create(
        model=SUMMARY_MODEL,
        messages=incident_summary_messages(incident),
        temperature=0.2,
        max_tokens=600,
    )
    summary = response.choices[0].message.content or ""
    if save and not ops.dry_run:
        with session_scope() as session:
            session.query(Incident).filter_by(external_id=external_id).update({"summary": summary})
    ops.emit(summary)


@group.command("watch")
@click.argument("external_id")
@click.option("--model", default="openai/gpt-4o-mini", show_default=True)
def watch(external_id: str, model: str) -> None:
    """Stream a running commentary for an incident that is still open."""
    incident = _load(external_id)
    with llm_session("openrouter") as client:
        stream = client.chat.completions.create(
            model=model,
            messages=incident_summary_messages(incident),
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                click.echo(chunk.choices[0].delta.content, nl=False)
    click.echo()


@group.command("note")
@click.argument("external_id")
@click.argument("text")
@click.pass_obj
def note(ops: OpsContext, external_id: str, text: str) -> None:
    """Add a note to the PagerDuty incident."""
    if ops.dry_run:
        click.echo(f"would add note to {external_id}: {text}")
        return
    resp = requests.post(
        f"{PAGERDUTY_API}/incidents/{external_id}/notes",
        headers={
            "Authorization": f"Token token={ops.settings.pagerduty_token}",
            "Accept": "application/vnd.pagerduty+json;version=2",
            "From": "opskit@ops.internal",
        },
        json={"note": {"content": text}},
        timeout=15,
    )
    if resp.status_code >= 400:
        raise UpstreamError("pagerduty", resp.text[:200])
    click.echo("note added")
