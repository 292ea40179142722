"""Estimate pre-annotation cost for a project before enabling the backend."""
import argparse
import json
from typing import Dict

import tiktoken

from common.clients import get_anthropic_client

PRICES_PER_MTOK: Dict[str, Dict[str, float]] = {
    "gpt-4o-mini": {"in": 0.15, "out": 0.60},
    "gpt-4o": {"in": 2.50, "out": 10.00},
    "claude-3-5-sonnet-20241022": {"in": 3.00, "out": 15.00},
    "claude-3-5-haiku-20241022": {"in": 0.80, "out": 4.00},
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price = PRICES_PER_MTOK[model]
    return (input_tokens * price["in"] + output_tokens * price["out"]) / 1_000_000


def count_openai(model: str, text: str) -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_anthropic(model: str, text: str) -> int:
    return get_anthropic_client().messages.count_tokens(
        model=model, messages=[{"role": "user", "content": text}]
    ).input_tokens


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tasks_json")
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--field", default="text")
    ap.add_argument("--output-tokens", type=int, default=150)
    args = ap.parse_args()
    with open(args.tasks_json) as fh:
        tasks = json.load(fh)
    counter = count_anthropic if args.model.startswith("claude") else count_openai
    total_in = sum(counter(args.model, str(t["data"].get(args.field, ""))) for t in tasks)
    total_out = args.output_tokens * len(tasks)
    print(f"{len(tasks)} tasks, ~{total_in} input tokens, ~${calculate_cost(args.model, total_in, total_out):.2f}")


if __name__ == "__main__":
    main()
