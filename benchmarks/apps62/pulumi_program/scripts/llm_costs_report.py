#!/usr/bin/env python
"""Rough monthly cost estimate for the AI features, from the usage stored in stack state."""
from __future__ import annotations

import os
import sys

import pulumi.automation as auto

from infra_ai.costs import calculate_cost, list_openai_models

PROJECT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(stack_names: list[str]) -> None:
    print("available openai models:", ", ".join(list_openai_models()[:10]), "...")
    total = 0.0
    for name in stack_names:
        stack = auto.select_stack(stack_name=name, work_dir=PROJECT_DIR)
        state = stack.export_stack().deployment
        for res in state.get("resources", []):
            usage = (res.get("outputs") or {}).get("usage")
            if not usage:
                continue
            model = res["outputs"].get("model") or "gpt-4o-mini"
            total += calculate_cost(model, usage["input_tokens"], usage["output_tokens"])
    print(f"estimated spend: ${total:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["dev"])
