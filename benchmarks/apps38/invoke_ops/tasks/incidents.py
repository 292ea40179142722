"""Incident tasks: summaries for postmortems and the status page."""
from __future__ import annotations

import asyncio
import json

from invoke import task

from opslib.clients import chat_client_for, get_anthropic, get_xai
from opslib.legacy import moderate
from opslib.llm_usage_tracker import llm_tracker
from opslib.pagerduty import PagerDuty
from opslib.slack import channel_excerpt
from opslib.summarize import Summarizer, status_page_blurb, summarize_incident
from tasks._common import settings, write_out


def _load(incident_id: str, slack_channel: str | None):
    pd = PagerDuty()
    incident = pd.incident(incident_id)
    events = [
        {"at": e["created_at"], "who": e.get("agent", {}).get("summary", "system"), "what": e["summary"]}
        for e in pd.log_entries(incident_id)
    ]
    slack_text = channel_excerpt(slack_channel) if slack_channel else ""
    return incident, events, slack_text


@task(help={"provider": "openai|azure|xai", "slack_channel": "incident channel id"})
def summarize(c, incident_id, provider="azure", slack_channel=None, out=None):
    """Summarise a PagerDuty incident."""
    cfg = settings(c)
    model = {"azure": cfg.azure_deployment, "xai": cfg.xai_model}.get(provider, cfg.openai_model)
    incident, events, slack_text = _load(incident_id, slack_channel)
    summary = summarize_incident(chat_client_for(provider), model, incident, events, slack_text)
    write_out(summary.text, out)
    print(f"(~${summary.cost_usd:.4f})")


@task
def status_page(c, incident_id, slack_channel=None):
    """Draft a public status page update."""
    cfg = settings(c)
    client = chat_client_for("openai")
    incident, events, slack_text = _load(incident_id, slack_channel)
    summary = summarize_incident(client, cfg.openai_model, incident, events, slack_text)
    blurb = status_page_blurb(client, cfg.openai_model, summary)
    if not moderate(blurb):
        print("blurb failed moderation, not printing")
        return
    print(blurb)


@task
def followups(c, incident_id, slack_channel=None, file_tickets=False):
    """Extract follow-up action items and optionally open tickets."""
    cfg = settings(c)
    summarizer = Summarizer(chat_client_for("azure"), cfg.azure_deployment)
    incident, events, slack_text = _load(incident_id, slack_channel)
    summary = summarizer.summarize(incident, events, slack_text)
    items = summarizer.followups(summary.text)
    for item in items:
        print(f"- {item}")
    if file_tickets:
        for item in items:
            c.run(f"jira issue create -tTask -s {json.dumps(item)} --no-input", warn=True)


@task
def second_opinion(c, incident_id, slack_channel=None):
    """Ask Grok for an alternative root-cause hypothesis."""
    cfg = settings(c)
    incident, events, slack_text = _load(incident_id, slack_channel)
    xai = get_xai()
    completion = xai.chat.completions.create(
        model=cfg.xai_model,
        messages=[
            {"role": "system", "content": "You are a sceptical senior SRE. Propose alternative root causes."},
            {"role": "user", "content": json.dumps({"incident": incident, "events": events})[:20000]},
        ],
    )
    print(completion.choices[0].message.content)


async def _postmortem(model: str, incident: dict, events: list[dict]) -> str:
    client = get_anthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="postmortem_draft"
    ) as usage_log:
        message = client.messages.create(
            model=model,
            max_tokens=3000,
            system="Draft a blameless postmortem in our standard template.",
            messages=[{"role": "user", "content": json.dumps({"incident": incident, "events": events})}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return message.content[0].text


@task
def postmortem(c, incident_id, out=None):
    """Draft a postmortem doc with Claude (tracked)."""
    cfg = settings(c)
    incident, events, _ = _load(incident_id, None)
    write_out(asyncio.run(_postmortem(cfg.anthropic_model, incident, events)), out)


@task
def open_incident(c, title, service_id, urgency="high"):
    """Open a PagerDuty incident (no LLM involved)."""
    created = PagerDuty().create(title=title, service_id=service_id, urgency=urgency)
    print(created["html_url"])


@task(help={"model": "replicate model ref for the open-weights summariser"})
def summarize_oss(c, incident_id, model="meta/meta-llama-3-70b-instruct", slack_channel=None):
    """Summarise with an open-weights model on Replicate (for data we can't send to vendors)."""
    from opslib.clients import get_replicate
    from opslib.prompts import INCIDENT_SUMMARY_SYSTEM, INCIDENT_SUMMARY_USER, render_events

    incident, events, slack_text = _load(incident_id, slack_channel)
    prompt = INCIDENT_SUMMARY_USER.substitute(
        incident_id=incident["id"], title=incident["title"], severity=incident.get("urgency", "?"),
        events=render_events(events), slack=slack_text[:8000],
    )
    rep = get_replicate()
    for event in rep.stream(
        model,
        input={"system_prompt": INCIDENT_SUMMARY_SYSTEM, "prompt": prompt, "max_new_tokens": 1024},
    ):
        print(str(event), end="", flush=True)
    print()
