#!/usr/bin/env python
"""Run the prompt regression set against every provider and print a table.

    python scripts/eval_prompts.py evals/prompts.yaml --providers openai,anthropic,mistral,cerebras
"""
from __future__ import annotations

import argparse
import functools
import json
import time
from pathlib import Path

import yaml

from gateway.config import get_settings
from gateway.llm import get_anthropic_sync, get_cohere_sync, get_mistral, get_openai_sync, make_cerebras_sync
from gateway.llm.pricing import CostAccumulator
from gateway.llm.retry import with_retry


def run_openai(prompt: str, model: str) -> tuple[str, int, int]:
    client = get_openai_sync()
    create = with_retry(client.chat.completions.create)
    r = create(model=model, messages=[{"role": "user", "content": prompt}], temperature=0)
    return r.choices[0].message.content, r.usage.prompt_tokens, r.usage.completion_tokens


def run_anthropic(prompt: str, model: str) -> tuple[str, int, int]:
    client = get_anthropic_sync()
    r = client.messages.create(model=model, max_tokens=1024, messages=[{"role": "user", "content": prompt}])
    return r.content[0].text, r.usage.input_tokens, r.usage.output_tokens


def run_mistral(prompt: str, model: str) -> tuple[str, int, int]:
    complete = functools.partial(get_mistral().chat.complete, model=model, temperature=0)
    r = complete(messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content, r.usage.prompt_tokens, r.usage.completion_tokens


def run_cerebras(prompt: str, model: str) -> tuple[str, int, int]:
    client = make_cerebras_sync()
    r = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}], temperature=0)
    return r.choices[0].message.content, r.usage.prompt_tokens, r.usage.completion_tokens


def run_cohere(prompt: str, model: str) -> tuple[str, int, int]:
    co = get_cohere_sync()
    r = co.chat(model=model, messages=[{"role": "user", "content": prompt}], temperature=0)
    bu = r.usage.billed_units
    return r.message.content[0].text, int(bu.input_tokens or 0), int(bu.output_tokens or 0)


RUNNERS = {
    "openai": run_openai,
    "anthropic": run_anthropic,
    "mistral": run_mistral,
    "cerebras": run_cerebras,
    "cohere": run_cohere,
}


def main() -> None:
    s = get_settings()
    default_models = {
        "openai": s.default_chat_model,
        "anthropic": s.summary_model,
        "mistral": s.mistral_model,
        "cerebras": s.cerebras_model,
        "cohere": "command-r-08-2024",
    }
    ap = argparse.ArgumentParser()
    ap.add_argument("spec")
    ap.add_argument("--providers", default="openai,anthropic")
    ap.add_argument("--out", default="eval_results.jsonl")
    args = ap.parse_args()

    cases = yaml.safe_load(Path(args.spec).read_text())["cases"]
    costs = CostAccumulator()
    with open(args.out, "w") as out:
        for case in cases:
            for provider in args.providers.split(","):
                model = case.get("models", {}).get(provider, default_models[provider])
                t0 = time.time()
                text, tin, tout = RUNNERS[provider](case["prompt"], model)
                cost = costs.add(model, tin, tout)
                ok = all(k.lower() in text.lower() for k in case.get("expect", []))
                out.write(json.dumps({"case": case["id"], "provider": provider, "ok": ok,
                                      "secs": round(time.time() - t0, 2), "cost": str(cost)}) + "\n")
                print(f"{case['id']:<24} {provider:<10} {'PASS' if ok else 'FAIL'}")
    print(json.dumps(costs.snapshot(), indent=2))


if __name__ == "__main__":
    main()
