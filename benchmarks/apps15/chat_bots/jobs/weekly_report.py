"""Weekly community report (cron, Mondays 07:00 UTC):

    python -m jobs.weekly_report [--dry-run]

Aggregates the tag counters written by the Slack :label: reaction and the usage
stream, asks a Fireworks model to write the human-readable summary, and posts it
to the #mods channel webhook.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import logging
import os
import sys

import redis
import requests
from openai import OpenAI

from shared.config import DEFAULT_FIREWORKS_MODEL, get_settings
from shared.logging_setup import configure_logging

log = logging.getLogger("jobs.weekly_report")

REPORT_PROMPT = """You are writing the weekly moderator report for an online community.
Using the JSON stats below, write a short report (max 200 words) with: activity
highlights, trends in tags compared to last week, anything that needs moderator
attention. Use Slack mrkdwn formatting."""


def _collect_stats(r: redis.Redis) -> dict:
    stats = {"tags": {}, "llm_requests": 0, "llm_tokens": 0}
    for key in r.scan_iter("tags:*"):
        channel = key.split(":", 1)[1]
        stats["tags"][channel] = {k: int(v) for k, v in r.hgetall(key).items()}
    week_ago_ms = int((dt.datetime.utcnow() - dt.timedelta(days=7)).timestamp() * 1000)
    for _id, fields in r.xrange("llm:usage", min=f"{week_ago_ms}-0", max="+"):
        entry = json.loads(fields["data"])
        stats["llm_requests"] += 1
        stats["llm_tokens"] += entry.get("input_tokens", 0) + entry.get("output_tokens", 0)
    return stats


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    configure_logging("jobs")

    settings = get_settings()
    r = redis.Redis.from_url(settings.redis_url, decode_responses=True)
    stats = _collect_stats(r)

    fireworks = OpenAI(
        api_key=os.environ["FIREWORKS_API_KEY"],
        base_url="https://api.fireworks.ai/inference/v1",
    )
    summarize = functools.partial(
        fireworks.chat.completions.create,
        model=DEFAULT_FIREWORKS_MODEL,
        temperature=0.4,
        max_tokens=450,
    )
    resp = summarize(
        messages=[
            {"role": "system", "content": REPORT_PROMPT},
            {"role": "user", "content": json.dumps(stats, indent=2)},
        ]
    )
    report = resp.choices[0].message.content

    if args.dry_run or not settings.digest_webhook_url:
        print(report)
        return 0
    post = requests.post(settings.digest_webhook_url, json={"text": report}, timeout=10)
    if post.status_code >= 300:
        log.error("webhook returned %s: %s", post.status_code, post.text[:200])
        return 1
    # reset the counters for the next week
    for key in r.scan_iter("tags:*"):
        r.rename(key, key.replace("tags:", "tags_prev:", 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
