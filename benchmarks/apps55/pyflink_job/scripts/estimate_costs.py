#!/usr/bin/env python
"""Estimate monthly LLM spend for a job config from a sample of the topic."""
from __future__ import annotations

import argparse
import json

from enrichment import anthropic_client
from enrichment.prompts import CHAT_SUMMARY_SYSTEM, render_click, render_transcript
from enrichment.tokens import count_anthropic_tokens, count_tokens, estimate_cost


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("--events-per-day", type=int, default=40_000_000)
    ap.add_argument("--sample-pct", type=int, default=5)
    ap.add_argument("--server-count", action="store_true")
    args = ap.parse_args()

    clicks, chats = [], []
    for line in open(args.sample):
        rec = json.loads(line)
        (chats if "messages" in rec else clicks).append(rec)

    click_tokens = [count_tokens(render_click(c)) + 60 for c in clicks]
    avg_click = sum(click_tokens) / max(len(click_tokens), 1)
    daily = args.events_per_day * args.sample_pct / 100
    click_cost = estimate_cost("gpt-4o-mini", int(avg_click * daily), int(3 * daily))

    if args.server_count and chats:
        client = anthropic_client()
        chat_tokens = [
            count_anthropic_tokens(client, "claude-3-5-haiku-20241022", CHAT_SUMMARY_SYSTEM + render_transcript(c["messages"]))
            for c in chats
        ]
    else:
        chat_tokens = [count_tokens(render_transcript(c["messages"])) for c in chats]
    avg_chat = sum(chat_tokens) / max(len(chat_tokens), 1)
    chat_cost = estimate_cost("claude-3-5-haiku-20241022", int(avg_chat * 20_000), 150 * 20_000)

    print(f"clicks/day ~ ${click_cost:,.2f}   chats/day ~ ${chat_cost:,.2f}")
    print(f"month ~ ${(click_cost + chat_cost) * 30:,.0f}")


if __name__ == "__main__":
    main()
