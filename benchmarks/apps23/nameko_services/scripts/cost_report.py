#!/usr/bin/env python
"""Monthly LLM cost report from the usage log export (CSV from claims.llm_usage_logs)."""
import csv
import sys
from collections import defaultdict

import litellm
import tiktoken

LITELLM_NAMES = {
    "openai": "{model}",
    "anthropic": "{model}",
    "mistral": "mistral/{model}",
    "deepseek": "deepseek/{model}",
    "cerebras": "cerebras/{model}",
    "perplexity": "perplexity/{model}",
}


def row_cost(row):
    name = LITELLM_NAMES.get(row["provider"], "{model}").format(model=row["model"])
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=name,
            prompt_tokens=int(row["input_tokens"]),
            completion_tokens=int(row["output_tokens"]),
        )
    except Exception:  # unknown model in litellm's price map
        return 0.0
    return prompt_cost + completion_cost


def estimate_prompt_tokens(text, model="gpt-4o-mini"):
    enc = tiktoken.encoding_for_model(model)
    return len(enc.encode(text))


def main(path):
    totals = defaultdict(float)
    calls = defaultdict(int)
    with open(path) as fh:
        for row in csv.DictReader(fh):
            key = (row["feature_context"], row["provider"], row["model"])
            totals[key] += row_cost(row)
            calls[key] += 1
    print("%-28s %-11s %-40s %8s %10s" % ("feature", "provider", "model", "calls", "usd"))
    for key in sorted(totals, key=totals.get, reverse=True):
        print("%-28s %-11s %-40s %8d %10.2f" % (key + (calls[key], totals[key])))
    print("total: $%.2f" % sum(totals.values()))


if __name__ == "__main__":
    main(sys.argv[1])
