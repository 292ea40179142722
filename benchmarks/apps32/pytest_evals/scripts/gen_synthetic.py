#!/usr/bin/env python
"""Generate a synthetic QA set with Gemini and sanity check with a cheap model."""
import argparse

import litellm

from evals.datasets.loader import write_dataset
from evals.datasets.synth import SyntheticGenerator


def verify(rows, model="gpt-4o-mini"):
    prompts = [
        [{"role": "user", "content": f"Q: {r['question']}\nProposed A: {r['answer']}\nCorrect? YES/NO"}]
        for r in rows
    ]
    responses = litellm.batch_completion(model=model, messages=prompts, max_tokens=3)
    return [r for r, resp in zip(rows, responses) if "YES" in resp.choices[0].message.content.upper()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("topic")
    ap.add_argument("-n", type=int, default=20)
    ap.add_argument("--name", default="synthetic_qa")
    args = ap.parse_args()
    gen = SyntheticGenerator()
    rows = gen.generate(args.topic, n=args.n)
    kept = verify(rows)
    print(f"kept {len(kept)}/{len(rows)}")
    print(write_dataset(args.name, kept))


if __name__ == "__main__":
    main()
