#!/usr/bin/env python3
"""Print available models per provider and the local token price table."""
from gitai.llm.models import ALL, ensure_local_model
from gitai.llm.tokens import PRICES, count_tokens, estimate_cost

if __name__ == "__main__":
    for provider, fn in ALL.items():
        try:
            print(provider, ", ".join(fn()[:15]))
        except Exception as exc:
            print(provider, "unavailable:", exc)
    ensure_local_model("qwen2.5-coder:7b")
    sample = "fix(hooks): handle empty diff in prepare-commit-msg"
    n = count_tokens(sample)
    for model in PRICES:
        print(f"{model:55s} {estimate_cost(model, n * 1000, 200 * 1000):.4f} USD / 1k commits")
