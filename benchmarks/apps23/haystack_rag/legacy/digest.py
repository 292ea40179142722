"""Nightly support digest: cluster yesterday's tickets, summarize each cluster, post to Slack.

Run by cron: ``python -m legacy.digest``.
"""
from __future__ import annotations

import asyncio
import logging
import os
from collections import defaultdict

import cohere
import requests

from legacy.old_retriever import NumpyRetriever
from legacy.summarize_v0 import hf, summarize
from ragsvc.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

SLACK_WEBHOOK = os.getenv("DIGEST_SLACK_WEBHOOK")


def fetch_tickets() -> list[dict]:
    resp = requests.get(os.environ["TICKETS_API"] + "/tickets", params={"since": "24h"}, timeout=30)
    resp.raise_for_status()
    return resp.json()["tickets"]


def cluster(tickets: list[dict], seeds: list[str]) -> dict[str, list[dict]]:
    retriever = NumpyRetriever([t["subject"] + "\n" + t["body"] for t in tickets])
    groups: dict[str, list[dict]] = defaultdict(list)
    for seed in seeds:
        for idx, score in retriever.search(seed, k=20):
            if score > 0.78:
                groups[seed].append(tickets[idx])
    return groups


def headline(cluster_name: str, items: list[dict]) -> str:
    subjects = "\n".join(f"- {t['subject']}" for t in items[:15])
    out = hf.chat_completion(
        messages=[{"role": "user", "content": f"Write a one-line headline for these '{cluster_name}' tickets:\n{subjects}"}],
        max_tokens=40,
    )
    return out.choices[0].message.content.strip()


async def tracked_trend_note(co: cohere.ClientV2, summaries: list[str]) -> str:
    async with llm_tracker.track_llm_call(provider="cohere", model="command-r-08-2024", feature_context="nightly_digest") as usage_log:
        resp = co.chat(
            model="command-r-08-2024",
            messages=[{"role": "user", "content": "What trend links these?\n" + "\n".join(summaries)}],
        )
        usage_log.input_tokens = resp.usage.billed_units.input_tokens
        usage_log.output_tokens = resp.usage.billed_units.output_tokens
    return resp.message.content[0].text


def main() -> None:
    tickets = fetch_tickets()
    seeds = ["login problems", "billing and invoices", "API rate limits", "data export"]
    groups = cluster(tickets, seeds)
    lines = []
    summaries = []
    for name, items in groups.items():
        body = "\n\n".join(t["body"] for t in items[:10])
        summary = summarize(body)
        summaries.append(summary)
        lines.append(f"*{headline(name, items)}* ({len(items)} tickets)\n{summary}")
    if summaries:
        lines.append("_Trend:_ " + asyncio.run(tracked_trend_note(cohere.ClientV2(), summaries)))
    if SLACK_WEBHOOK:
        requests.post(SLACK_WEBHOOK, json={"text": "\n\n".join(lines)}, timeout=10)
    else:
        print("\n\n".join(lines))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
