#!/usr/bin/env python
"""Estimate what an eval or labeling job will cost before running it. Offline."""
import argparse

from toolkit.io_utils import load_prompt_file, render
from toolkit.providers.registry import resolve_model
from toolkit.tokens import budget_check, count_message_tokens


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prompt_file")
    ap.add_argument("--models", default="gpt-4o-mini,claude-3-haiku,llama-3.1-70b")
    ap.add_argument("--max-output", type=int, default=300)
    ap.add_argument("--budget", type=float, default=5.0)
    args = ap.parse_args()

    spec = load_prompt_file(args.prompt_file)
    prompts = [render(spec["template"], c.get("vars", c)) for c in spec["cases"]]
    for name in args.models.split(","):
        model = resolve_model(name)
        est, ok = budget_check(model, prompts, args.max_output, args.budget)
        msg_tokens = count_message_tokens([{"role": "user", "content": p} for p in prompts[:1]], model.model_id)
        print(f"{name:20} ${est:8.4f} {'OK' if ok else 'OVER BUDGET'}  (first prompt {msg_tokens} tok)")


if __name__ == "__main__":
    main()
