#!/usr/bin/env python3
"""Compare translation backends on a fixture set, judged by GPT.

    python scripts/eval_translations.py fixtures/translations.jsonl --backends mistral groq cohere
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "plugins", "translate"))

from backends import get_backend  # noqa: E402
from lib.clients import get_openai_client, groq_via_openai  # noqa: E402
from lib.retry import with_retries  # noqa: E402
from lib.settings import MODELS  # noqa: E402

JUDGE_PROMPT = """Rate the translation from 1 (unusable) to 5 (perfect).
Source ({src}): {source}
Target language: {tgt}
Candidate: {candidate}
Reply with the number only."""


def judge(source: str, src: str, tgt: str, candidate: str) -> int:
    client = get_openai_client()
    resp = with_retries(
        client.chat.completions.create,
        model=MODELS.openai_smart,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(src=src, tgt=tgt, source=source, candidate=candidate)}],
        max_tokens=2,
        temperature=0,
    )
    try:
        return int(resp.choices[0].message.content.strip()[0])
    except (ValueError, IndexError):
        return 0


def baseline(text: str, tgt: str) -> str:
    """Groq via OpenAI-compatible endpoint: the 2024 baseline numbers use this."""
    resp = groq_via_openai().chat.completions.create(
        model=MODELS.groq_fast,
        messages=[{"role": "user", "content": f"Translate into {tgt}. Output only the translation.\n\n{text}"}],
    )
    return resp.choices[0].message.content


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures")
    parser.add_argument("--backends", nargs="+", default=["mistral", "groq"])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--baseline", action="store_true")
    args = parser.parse_args()

    with open(args.fixtures, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]

    scores: dict[str, list[int]] = {b: [] for b in args.backends}
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        for name in args.backends:
            backend = get_backend(name)
            futures = [pool.submit(backend.translate, c["text"], c["target"]) for c in cases]
            for case, fut in zip(cases, futures):
                scores[name].append(judge(case["text"], case.get("source_lang", "?"), case["target"], fut.result()))
        if args.baseline:
            judge_client = get_openai_client()
            base = [baseline(c["text"], c["target"]) for c in cases]
            checks = [
                pool.submit(
                    judge_client.chat.completions.create,
                    model=MODELS.openai_chat,
                    messages=[{"role": "user", "content": f"Is this fluent {c['target']}? yes/no\n{b}"}],
                    max_tokens=1,
                )
                for c, b in zip(cases, base)
            ]
            fluent = sum(1 for f in checks if "yes" in (f.result().choices[0].message.content or "").lower())
            print(f"baseline fluent: {fluent}/{len(cases)}")

    for name, vals in scores.items():
        avg = sum(vals) / len(vals) if vals else 0
        print(f"{name:10s} avg={avg:.2f} n={len(vals)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
