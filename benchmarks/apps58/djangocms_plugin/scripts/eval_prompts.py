#!/usr/bin/env python
"""Compare summary/SEO prompts across providers on a fixed sample of pages.

Run outside Django:  python scripts/eval_prompts.py samples/pages.jsonl --out eval.csv
"""
import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

import anthropic
import voyageai
from mistralai import Mistral
from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ai.prompts import SEO_SYSTEM, SUMMARY_SYSTEM  # noqa: E402


def load_samples(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_openai(client, sample):
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SUMMARY_SYSTEM}, {"role": "user", "content": sample["body"]}],
        max_tokens=300,
    )
    return resp.choices[0].message.content, resp.usage.total_tokens


def run_claude(client, sample):
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": sample["body"]}],
    )
    return msg.content[0].text, msg.usage.input_tokens + msg.usage.output_tokens


def run_deepseek_seo(client, sample):
    resp = client.chat.completions.create(
        model="deepseek-chat",
        messages=[{"role": "system", "content": SEO_SYSTEM}, {"role": "user", "content": sample["body"]}],
    )
    return resp.choices[0].message.content, resp.usage.total_tokens


def similarity(vo, a, b):
    res = vo.embed([a, b], model="voyage-3-lite", input_type="document")
    x, y = res.embeddings
    return sum(i * j for i, j in zip(x, y))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("samples")
    parser.add_argument("--out", default="eval.csv")
    parser.add_argument("--skip-mistral", action="store_true")
    args = parser.parse_args()

    oa = OpenAI()
    claude = anthropic.Anthropic()
    deepseek = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    vo = voyageai.Client()
    mistral = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))

    rows = []
    for sample in load_samples(args.samples):
        t0 = time.time()
        a, a_tokens = run_openai(oa, sample)
        b, b_tokens = run_claude(claude, sample)
        seo, seo_tokens = run_deepseek_seo(deepseek, sample)
        row = {
            "id": sample["id"],
            "openai": a, "openai_tokens": a_tokens,
            "claude": b, "claude_tokens": b_tokens,
            "seo": seo, "seo_tokens": seo_tokens,
            "agreement": round(similarity(vo, a, b), 4),
            "seconds": round(time.time() - t0, 2),
        }
        if not args.skip_mistral:
            m = mistral.chat.complete(
                model="mistral-small-latest",
                messages=[{"role": "system", "content": SUMMARY_SYSTEM}, {"role": "user", "content": sample["body"]}],
            )
            row["mistral"] = m.choices[0].message.content
        rows.append(row)
        print(f"{sample['id']}: {row['seconds']}s", file=sys.stderr)

    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted({k for r in rows for k in r}))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
