"""Offline prompt evaluation: run the explain prompt over a folder of sample configs.

    python scripts/eval_prompts.py samples/ --model gpt-4o-mini --concurrency 8
"""

import argparse
import asyncio
import functools
import json
import pathlib

from nautobot_ai.llm.clients import get_async_openai_client, get_openai_client
from nautobot_ai.llm.prompts import EXPLAIN_SYSTEM
from nautobot_ai.llm.tokens import count_openai_tokens, estimate_cost


def grade(explanation, expected_keywords):
    hits = [k for k in expected_keywords if k.lower() in explanation.lower()]
    return len(hits) / max(len(expected_keywords), 1)


def run_sync(samples, model):
    ask = functools.partial(get_openai_client().chat.completions.create, model=model, temperature=0)
    scores = {}
    for sample in samples:
        data = json.loads(sample.read_text())
        resp = ask(messages=[{"role": "system", "content": EXPLAIN_SYSTEM}, {"role": "user", "content": data["config"]}])
        scores[sample.name] = grade(resp.choices[0].message.content, data.get("expect", []))
    return scores


async def run_async(samples, model, concurrency):
    client = get_async_openai_client()
    sem = asyncio.Semaphore(concurrency)

    async def one(sample):
        data = json.loads(sample.read_text())
        async with sem:
            resp = await client.chat.completions.create(
                model=model,
                temperature=0,
                messages=[{"role": "system", "content": EXPLAIN_SYSTEM}, {"role": "user", "content": data["config"]}],
            )
        return sample.name, grade(resp.choices[0].message.content, data.get("expect", []))

    return dict(await asyncio.gather(*(one(s) for s in samples)))


def estimate(samples, model):
    tokens = sum(count_openai_tokens(EXPLAIN_SYSTEM + json.loads(s.read_text())["config"], model) for s in samples)
    return tokens, estimate_cost(model, tokens, tokens // 3)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--concurrency", type=int, default=0)
    parser.add_argument("--estimate-only", action="store_true")
    args = parser.parse_args()
    samples = sorted(args.folder.glob("*.json"))
    tokens, cost = estimate(samples, args.model)
    print(f"{len(samples)} samples, ~{tokens} input tokens, ~${cost}")
    if args.estimate_only:
        return
    if args.concurrency:
        scores = asyncio.run(run_async(samples, args.model, args.concurrency))
    else:
        scores = run_sync(samples, args.model)
    for name, score in sorted(scores.items()):
        print(f"{score:4.2f}  {name}")
    print(f"mean {sum(scores.values()) / max(len(scores), 1):.3f}")


if __name__ == "__main__":
    main()
