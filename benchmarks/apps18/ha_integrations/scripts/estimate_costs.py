#!/usr/bin/env python3
"""Estimate monthly cost of a customer's setup from their exported usage records.

    python scripts/estimate_costs.py usage.json --prompt-file prompt.txt
"""

from __future__ import annotations

import argparse
from collections import defaultdict
import json
import os
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "custom_components"))

from llm_common.tokens import PRICES, estimate_cost, estimate_tokens  # noqa: E402


def count_prompt_tokens(prompt: str) -> dict[str, int]:
    """Exact token counts where the provider offers a free counting endpoint."""
    counts = {"estimate": estimate_tokens(prompt)}
    if os.environ.get("ANTHROPIC_API_KEY"):
        import anthropic

        client = anthropic.Anthropic()
        result = client.messages.count_tokens(
            model="claude-sonnet-4-0", messages=[{"role": "user", "content": prompt}]
        )
        counts["anthropic"] = result.input_tokens
    if key := os.environ.get("GEMINI_API_KEY"):
        from google import genai

        client = genai.Client(api_key=key)
        counts["google"] = client.models.count_tokens(model="gemini-2.5-flash", contents=prompt).total_tokens
    return counts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("usage_file")
    parser.add_argument("--prompt-file")
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()

    records = json.loads(pathlib.Path(args.usage_file).read_text())
    per_feature: dict[str, float] = defaultdict(float)
    first = min(r["started"] for r in records) if records else None
    for record in records:
        per_feature[record["feature_context"]] += estimate_cost(
            record["provider"], record["model"], record["input_tokens"], record["output_tokens"]
        )
    print(f"{len(records)} calls since {first}")
    for feature, cost in sorted(per_feature.items(), key=lambda kv: -kv[1]):
        print(f"  {feature:40s} ${cost:8.4f}")
    if args.prompt_file:
        prompt = pathlib.Path(args.prompt_file).read_text()
        print("system prompt tokens:", count_prompt_tokens(prompt))
    unknown = {r["model"] for r in records if r["model"] not in PRICES and r["provider"] != "ollama"}
    if unknown:
        print("no price for:", ", ".join(sorted(unknown)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
