#!/usr/bin/env python
"""Offline evaluation of the LLM intent fallback.

Takes NLU test examples that DIET got wrong (from ``rasa test nlu`` errors.json),
runs them through ``ActionLLMIntentFallback._classify`` and reports accuracy. A Claude
judge grades the "reason" field so we can spot prompt regressions.

    python -m scripts.eval_fallback results/intent_errors.json --domain domain.yml
"""
from __future__ import annotations

import argparse
import json
import logging
import time
from collections import Counter
from typing import Dict, List

import yaml

from actions.action_fallback import ActionLLMIntentFallback
from actions.utils import domain_intents
from llm import anthropic_client, get_settings, openai_client

logger = logging.getLogger("eval_fallback")

JUDGE_PROMPT = """You grade an intent classifier. Given the message, the gold intent, the
predicted intent and the classifier's reason, answer with one word: GOOD, ACCEPTABLE or BAD."""


def judge(example: Dict, prediction: Dict) -> str:
    msg = anthropic_client.messages.create(
        model=get_settings().model_for("anthropic_large"),
        max_tokens=5,
        system=JUDGE_PROMPT,
        messages=[
            {
                "role": "user",
                "content": json.dumps(
                    {
                        "message": example["text"],
                        "gold": example["intent"],
                        "predicted": prediction.get("intent"),
                        "reason": prediction.get("reason"),
                    }
                ),
            }
        ],
    )
    return msg.content[0].text.strip().upper()


def rate_limit_headroom() -> int:
    """One tiny request to read the rate-limit headers before a long run."""
    raw = openai_client.chat.completions.with_raw_response.create(
        model=get_settings().model_for("openai"),
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    return int(raw.headers.get("x-ratelimit-remaining-requests", "0"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("errors", help="errors.json from rasa test nlu")
    parser.add_argument("--domain", default="domain.yml")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--no-judge", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    with open(args.domain, encoding="utf-8") as fh:
        domain = yaml.safe_load(fh)
    intents = domain_intents(domain)
    with open(args.errors, encoding="utf-8") as fh:
        examples: List[Dict] = json.load(fh)[: args.limit]

    headroom = rate_limit_headroom()
    if headroom < len(examples):
        logger.warning("only %d requests left in this window for %d examples", headroom, len(examples))

    action = ActionLLMIntentFallback()
    correct = 0
    grades: Counter = Counter()
    for ex in examples:
        pred = action._classify(ex["text"], intents, history="")
        if pred.get("intent") == ex["intent"]:
            correct += 1
        if not args.no_judge:
            grades[judge(ex, pred)] += 1
            time.sleep(0.2)

    print(f"accuracy: {correct}/{len(examples)} = {correct / max(len(examples), 1):.1%}")
    if grades:
        print("judge:", dict(grades))


if __name__ == "__main__":
    main()
