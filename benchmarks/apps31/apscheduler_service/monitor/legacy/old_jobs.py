"""Legacy BackgroundScheduler jobs (decorator style). Kept for the finance/SLA reports."""
from __future__ import annotations

import datetime as dt
import logging
import os

import anthropic
import openai
import requests
from apscheduler.schedulers.background import BackgroundScheduler

from monitor.legacy.summarizer_v1 import Summarizer
from monitor.services.llm_usage_tracker import llm_tracker

log = logging.getLogger("monitor.legacy")

sched = BackgroundScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1})

openai.api_key = os.environ.get("OPENAI_API_KEY")
OPENAI_URL = "https://api.openai.com/v1/chat/completions"

_summarizer = Summarizer()


def _sla_numbers() -> dict:
    resp = requests.get("https://status.internal/api/sla?window=7d", timeout=10)
    resp.raise_for_status()
    return resp.json()


@sched.scheduled_job("cron", day_of_week="mon", hour=6, id="legacy_sla_report")
def sla_report() -> None:
    numbers = _sla_numbers()
    completion = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Write the weekly SLA report for: {numbers}"}],
    )
    text = completion.choices[0].message.content
    with open(f"/var/lib/monitor/sla_{dt.date.today()}.md", "w") as fh:
        fh.write(text)


@sched.scheduled_job("interval", hours=6, id="legacy_error_budget")
def error_budget_burn() -> None:
    # Old-old code path: raw HTTP because the container had openai 0.27 pinned at the time.
    numbers = _sla_numbers()
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": f"Is the error budget burning too fast? {numbers}"}],
        },
        timeout=30,
    )
    r.raise_for_status()
    log.info("error budget verdict: %s", r.json()["choices"][0]["message"]["content"])


@sched.scheduled_job("cron", hour=23, minute=55, id="legacy_changelog")
def changelog_summary() -> None:
    with open("/srv/deploys/changelog.txt") as fh:
        raw = fh.read()[-20000:]
    # Summarizer.completion is our own wrapper (see summarizer_v1), not a provider call
    summary = _summarizer.completion(raw, style="changelog")
    log.info("changelog summary: %s", summary[:200])


def finance_blurb(numbers: dict) -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Two sentences for finance on: {numbers}"}],
    )
    return msg.content[0].text


async def tracked_finance_blurb(numbers: dict) -> str:
    """What finance_blurb should look like; only the async runner uses it so far."""
    client = anthropic.AsyncAnthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model="claude-3-haiku-20240307", feature_context="legacy_finance"
    ) as usage_log:
        msg = await client.messages.create(
            model="claude-3-haiku-20240307",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Two sentences for finance on: {numbers}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def start() -> BackgroundScheduler:
    sched.add_job(lambda: log.info("finance: %s", finance_blurb(_sla_numbers())),
                  "cron", day=1, hour=9, id="legacy_finance_blurb")
    sched.start()
    return sched
