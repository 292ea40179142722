#!/usr/bin/env python3
"""Estimate monthly model spend from the llm_usage_logs table.

Also counts tokens for a sample prompt per provider so we can sanity
check the prompt sizes after template changes.  No generation happens.
"""
from __future__ import annotations

import argparse
import sqlite3
from collections import defaultdict

from gateway.services import get_anthropic_client, get_genai_client, get_voyage_client
from gateway.services.prompts import ALARM_SUMMARY, ANOMALY_SYSTEM, OPERATOR_SYSTEM

# USD per 1M tokens (input, output) - update when vendors change pricing
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "grok-2-latest": (2.00, 10.00),
    "voyage-3": (0.06, 0.0),
}


def cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def monthly(db: str) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    conn = sqlite3.connect(db)
    for model, tin, tout in conn.execute(
        "SELECT model, SUM(input_tokens), SUM(output_tokens) FROM llm_usage_logs "
        "WHERE ts > strftime('%s','now','-30 days') GROUP BY model"
    ):
        totals[model] += cost(model, tin or 0, tout or 0)
    conn.close()
    return dict(totals)


def prompt_sizes() -> dict[str, int]:
    sample = ALARM_SUMMARY.format(count=8, area="boiler-2", alarms="\n".join(["[P2] boiler-2/TEMP_HI: high"] * 8))
    claude = get_anthropic_client().messages.count_tokens(
        model="claude-3-5-sonnet-latest",
        system=OPERATOR_SYSTEM.format(site="plant-a"),
        messages=[{"role": "user", "content": "Why is pump 3 cavitating?"}],
    )
    gemini = get_genai_client().models.count_tokens(model="gemini-2.0-flash", contents=sample)
    voyage = get_voyage_client().count_tokens([ANOMALY_SYSTEM, sample], model="voyage-3")
    return {"anthropic": claude.input_tokens, "google": gemini.total_tokens, "voyage": voyage}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/var/lib/edge-gw/incidents.db")
    ap.add_argument("--sizes", action="store_true")
    args = ap.parse_args()
    for model, usd in sorted(monthly(args.db).items()):
        print(f"{model:30s} ${usd:8.2f}")
    if args.sizes:
        for provider, n in prompt_sizes().items():
            print(f"{provider:10s} {n} tokens")


if __name__ == "__main__":
    main()
