"""Rough cost estimate for a job before running it."""
from __future__ import annotations

import argparse
import json

import tiktoken

from enrich import io
from enrich.lib import get_bedrock

# USD per 1M tokens (input, output); update when the price sheet changes
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (1.0, 1.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def openai_tokens(texts: list[str], model: str) -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return sum(len(enc.encode(t)) for t in texts)


def bedrock_tokens(texts: list[str], model_id: str) -> int:
    """CountTokens is free; sample a few and extrapolate."""
    rt = get_bedrock()
    sample = texts[:20]
    total = 0
    for t in sample:
        resp = rt.count_tokens(
            modelId=model_id,
            input={"converse": {"messages": [{"role": "user", "content": [{"text": t}]}]}},
        )
        total += resp["inputTokens"]
    return int(total / max(1, len(sample)) * len(texts))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("table")
    p.add_argument("--column", default="text")
    p.add_argument("--model", default="gpt-4o-mini")
    p.add_argument("--output-tokens", type=int, default=50)
    a = p.parse_args()
    texts = io.read_table(a.table, columns=[a.column]).head(20000, npartitions=-1)[a.column].fillna("").tolist()
    if a.model.startswith(("anthropic.", "amazon.", "meta.")):
        n_in = bedrock_tokens(texts, a.model)
    else:
        n_in = openai_tokens(texts, a.model)
    n_out = a.output_tokens * len(texts)
    print(json.dumps({"rows_sampled": len(texts), "input_tokens": n_in,
                      "usd_for_sample": round(calculate_cost(a.model, n_in, n_out), 4)}))


if __name__ == "__main__":
    main()
