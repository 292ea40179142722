#!/usr/bin/env python
"""Offline eval of the intent classifier across providers.

    python -m scripts.admin.eval_intents data/intent_gold.jsonl --providers groq cerebras litellm
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import litellm

from copilot.prompts import INTENT_PROMPT
from copilot.providers import get_cerebras_sync, get_groq_sync
from copilot.steps import INTENTS


def _messages(q: str) -> list[dict]:
    return [{"role": "user", "content": INTENT_PROMPT.format(question=q)}]


def classify_groq(q: str) -> str:
    resp = get_groq_sync().chat.completions.create(model="llama-3.1-8b-instant", messages=_messages(q), temperature=0)
    return resp.choices[0].message.content.strip().lower()


def classify_cerebras(q: str) -> str:
    client = get_cerebras_sync()
    resp = client.chat.completions.create(model="llama3.1-8b", messages=_messages(q), temperature=0)
    return resp.choices[0].message.content.strip().lower()


def classify_cerebras_completion(q: str) -> str:
    """Raw text completion variant -- cheaper, but worse on 'other'."""
    client = get_cerebras_sync()
    resp = client.completions.create(model="llama3.1-8b", prompt=INTENT_PROMPT.format(question=q) + "\nLabel:", max_tokens=6)
    return resp.choices[0].text.strip().lower()


def classify_litellm(q: str, model: str = "gpt-4o-mini") -> str:
    resp = litellm.completion(model=model, messages=_messages(q), temperature=0)
    return resp.choices[0].message.content.strip().lower()


CLASSIFIERS = {
    "groq": classify_groq,
    "cerebras": classify_cerebras,
    "cerebras-text": classify_cerebras_completion,
    "litellm": classify_litellm,
}


def evaluate(gold: list[dict], provider: str, workers: int = 8) -> dict:
    fn = CLASSIFIERS[provider]
    started = time.time()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        preds = list(pool.map(fn, [g["question"] for g in gold]))
    correct = sum(p == g["intent"] for p, g in zip(preds, gold))
    invalid = sum(p not in INTENTS for p in preds)
    return {
        "provider": provider,
        "accuracy": correct / max(len(gold), 1),
        "invalid": invalid,
        "confusion": Counter((g["intent"], p) for p, g in zip(preds, gold) if p != g["intent"]).most_common(5),
        "seconds": round(time.time() - started, 1),
    }


def batch_eval_litellm(gold: list[dict], model: str) -> list[str]:
    """Uses litellm's batch helper; faster for the big gold set."""
    responses = litellm.batch_completion(model=model, messages=[_messages(g["question"]) for g in gold])
    return [r.choices[0].message.content.strip().lower() for r in responses]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--providers", nargs="+", default=["groq"])
    parser.add_argument("--judge-model", default="claude-3-5-haiku-20241022")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    for provider in args.providers:
        print(json.dumps(evaluate(gold, provider), indent=2))

    judge = partial(litellm.completion, model=args.judge_model, temperature=0)
    disagreements = [g for g in gold if g.get("disputed")]
    for g in disagreements[:20]:
        verdict = judge(messages=[{"role": "user", "content": f"Which intent fits best? {g['question']} Options: {sorted(INTENTS)}"}])
        print(g["question"], "->", verdict.choices[0].message.content)


if __name__ == "__main__":
    main()
