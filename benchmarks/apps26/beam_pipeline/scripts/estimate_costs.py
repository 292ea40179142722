#!/usr/bin/env python
"""Estimate what a backfill will cost before running it.

Uses token counting endpoints/tokenizers only -- no generation requests --
and plain arithmetic on the list prices below.
"""
import argparse
import json
from typing import Dict, Mapping

from newsenrich import config, prompts
from newsenrich.clients import get_anthropic, get_cohere
from newsenrich.helpers import count_gemini_tokens

# USD per 1M tokens (input, output). Updated 2025-01; check the pricing pages.
PRICES: Dict[str, tuple] = {
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "embed-english-v3.0": (0.10, 0.0),
    "voyage-3": (0.06, 0.0),
    "gemini-2.0-flash-001": (0.10, 0.40),
    "deepseek-chat": (0.27, 1.10),
}

RERANK_PER_1K_SEARCHES = {"rerank-v3.5": 2.00, "rerank-2": 0.05 * 1000 / 1000}


def calculate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def rerank_cost(model: str, searches: int) -> float:
    return RERANK_PER_1K_SEARCHES.get(model, 0.0) * searches / 1000


def summarise_costs(usage: Mapping[str, Mapping[str, int]]) -> Dict[str, float]:
    """usage: {model: {"input": n, "output": m}} -> {model: usd}"""
    return {m: calculate_cost(m, u.get("input", 0), u.get("output", 0)) for m, u in usage.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample", help="JSONL sample of articles")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply sample totals by this")
    args = ap.parse_args()

    with open(args.sample) as fh:
        docs = [json.loads(l) for l in fh]

    anth = get_anthropic()
    co = get_cohere()
    usage = {}
    for d in docs:
        prompt = prompts.render_summary(d["title"], d.get("body", "")[: config.MAX_BODY_CHARS])
        n = anth.messages.count_tokens(
            model=config.ANTHROPIC_MODEL,
            system=prompts.SUMMARY_SYSTEM_V3,
            messages=[{"role": "user", "content": prompt}],
        ).input_tokens
        usage.setdefault(config.ANTHROPIC_MODEL, {"input": 0, "output": 0})
        usage[config.ANTHROPIC_MODEL]["input"] += n
        usage[config.ANTHROPIC_MODEL]["output"] += config.MAX_SUMMARY_TOKENS

        g = count_gemini_tokens(prompt)
        usage.setdefault(config.GEMINI_MODEL, {"input": 0, "output": 0})
        usage[config.GEMINI_MODEL]["input"] += g

        toks = co.tokenize(text=d["title"] + "\n" + d.get("body", "")[:2000], model=config.COHERE_EMBED_MODEL).tokens
        usage.setdefault(config.COHERE_EMBED_MODEL, {"input": 0, "output": 0})
        usage[config.COHERE_EMBED_MODEL]["input"] += len(toks)

    per_model = summarise_costs(usage)
    total = 0.0
    for model, usd in sorted(per_model.items()):
        scaled = usd * args.scale
        total += scaled
        print(f"{model:32s} ${scaled:10.2f}")
    print(f"{'TOTAL':32s} ${total:10.2f}")


if __name__ == "__main__":
    main()
