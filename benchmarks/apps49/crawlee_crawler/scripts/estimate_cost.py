#!/usr/bin/env python
"""Estimate what an enrichment run will cost before launching it. Makes no billable calls."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from product_crawler.llm import get_sync_anthropic_client, get_voyage_client
from product_crawler.llm.gemini import count_prompt_tokens
from product_crawler.llm.prompts import CLASSIFY_SYSTEM, build_classification_prompt, build_summary_prompt

# USD per 1M tokens (input, output) — update from the vendors' pricing pages
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "voyage-3": (0.06, 0.0),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES[model]
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def estimate(items: list[dict]) -> dict[str, float]:
    anthropic = get_sync_anthropic_client()
    vo = get_voyage_client()

    sample = items[:25]
    claude_in = 0
    for it in sample:
        counted = anthropic.messages.count_tokens(
            model="claude-3-5-haiku-latest",
            system=CLASSIFY_SYSTEM,
            messages=[{"role": "user", "content": build_classification_prompt(it["title"], [], it.get("description", ""))}],
        )
        claude_in += counted.input_tokens

    gemini_in = sum(count_prompt_tokens(build_summary_prompt(it["title"], it.get("description", ""))) for it in sample)
    voyage_in = vo.count_tokens([it["title"] + " " + it.get("description", "") for it in sample], model="voyage-3")

    scale = len(items) / max(len(sample), 1)
    return {
        "classification": calculate_cost("claude-3-5-haiku-latest", int(claude_in * scale), 4 * len(items)),
        "summaries": calculate_cost("gemini-2.0-flash", int(gemini_in * scale), 150 * len(items)),
        "embeddings": calculate_cost("voyage-3", int(voyage_in * scale), 0),
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("export", type=Path, help="JSON export of the dataset")
    args = p.parse_args()
    items = json.loads(args.export.read_text())
    costs = estimate(items)
    for k, v in costs.items():
        print(f"{k:>15}: ${v:,.2f}")
    print(f"{'total':>15}: ${sum(costs.values()):,.2f}")


if __name__ == "__main__":
    main()
