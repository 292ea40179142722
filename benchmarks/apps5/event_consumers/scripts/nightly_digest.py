"""Nightly digest of consumer activity, posted to Slack.

Runs from cron on the ops box, outside the consumer deployment, so it builds
its own clients from environment variables.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from typing import Dict, List

import anthropic
import cohere
import openai
from sqlalchemy import create_engine, text

from shared.integrations import SlackNotifier

openai.api_key = os.environ.get("OPENAI_API_KEY")

DB_URL = os.environ.get("DATABASE_URL", "postgresql+psycopg://localhost/events")


def load_stats(day: dt.date) -> Dict[str, int]:
    engine = create_engine(DB_URL)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT feature_context, sum(input_tokens + output_tokens) AS tokens "
                "FROM migration.llm_usage_logs WHERE created_at::date = :d GROUP BY 1"
            ),
            {"d": day},
        ).all()
    return {r.feature_context: int(r.tokens or 0) for r in rows}


def load_feedback(day: dt.date) -> List[str]:
    engine = create_engine(DB_URL)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT themes FROM customer_feedback WHERE created_at::date = :d AND NOT flagged"),
            {"d": day},
        ).all()
    return [r.themes for r in rows if r.themes]


def headline(stats: Dict[str, int]) -> str:
    table = "\n".join(f"{k}: {v}" for k, v in sorted(stats.items(), key=lambda kv: -kv[1]))
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Write a one-line headline for these token stats:\n" + table}],
        max_tokens=40,
    )
    return resp.choices[0].message.content or "Daily consumer digest"


def feedback_digest(themes: List[str]) -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        messages=[{"role": "user", "content": "Group these feedback themes and count them:\n" + "\n".join(themes)}],
    )
    return msg.content[0].text


def risks_outlook(stats: Dict[str, int]) -> str:
    co = cohere.ClientV2(api_key=os.environ.get("COHERE_API_KEY"))
    out: List[str] = []
    for event in co.chat_stream(
        model="command-r-08-2024",
        messages=[{"role": "user", "content": f"Any anomalies in these daily token counts? {stats}"}],
    ):
        if event.type == "content-delta":
            out.append(event.delta.message.content.text)
    return "".join(out)


def main() -> int:
    day = dt.date.today() - dt.timedelta(days=1)
    stats = load_stats(day)
    themes = load_feedback(day)
    notifier = SlackNotifier(os.environ.get("SLACK_WEBHOOK_URL"), channel="#ai-costs")
    notifier.notify(
        f"*{headline(stats)}* ({day.isoformat()})",
        tokens=sum(stats.values()),
        feedback=feedback_digest(themes) if themes else "no feedback",
        outlook=risks_outlook(stats),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
