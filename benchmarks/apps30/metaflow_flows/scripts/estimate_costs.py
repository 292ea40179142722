#!/usr/bin/env python
"""Estimate the cost of a flow run before launching it.

Uses provider token counters (free endpoints) and our price table.
"""
from __future__ import annotations

import argparse
import json

import tiktoken

from llmkit import get_anthropic_client, get_genai_client
from llmkit.config import settings
from llmkit.embeddings import voyage_token_count
from llmkit.llm_usage_tracker import PRICES, UsageLog


def openai_tokens(texts: list[str], model: str) -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return sum(len(enc.encode(t)) for t in texts)


def anthropic_tokens(texts: list[str], model: str) -> int:
    client = get_anthropic_client()
    total = 0
    for t in texts:
        res = client.messages.count_tokens(model=model, messages=[{"role": "user", "content": t}])
        total += res.input_tokens
    return total


def gemini_tokens(texts: list[str], model: str) -> int:
    client = get_genai_client()
    return client.models.count_tokens(model=model, contents=texts).total_tokens


def estimate(provider: str, model: str, texts: list[str], expected_output: int) -> dict:
    counters = {"openai": openai_tokens, "anthropic": anthropic_tokens, "google": gemini_tokens}
    in_tokens = counters[provider](texts, model)
    log = UsageLog(provider=provider, model=model, feature_context="estimate")
    log.input_tokens = in_tokens
    log.output_tokens = expected_output * len(texts)
    return {"provider": provider, "model": model, "input_tokens": in_tokens, "usd": round(log.calculate_cost(), 4)}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("jsonl")
    p.add_argument("--field", default="text")
    p.add_argument("--expected-output", type=int, default=300)
    args = p.parse_args()
    with open(args.jsonl) as fh:
        texts = [json.loads(l)[args.field] for l in fh if l.strip()]
    m = settings.models
    for provider, model in (("openai", m.openai_chat), ("anthropic", m.anthropic_fast), ("google", m.gemini_chat)):
        if model not in PRICES:
            continue
        print(json.dumps(estimate(provider, model, texts, args.expected_output)))
    print(json.dumps({"voyage_tokens": voyage_token_count(texts)}))


if __name__ == "__main__":
    main()
