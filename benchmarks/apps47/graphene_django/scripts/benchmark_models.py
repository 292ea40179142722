#!/usr/bin/env python
"""Compare summary quality/latency across providers on a sample of articles.

Usage: python scripts/benchmark_models.py sample.jsonl --out results.csv
Runs outside Django on purpose (reads a JSONL export), so it builds its own clients.
"""
import argparse
import csv
import json
import os
import time

import anthropic
import httpx
from google import genai
from openai import OpenAI
from together import Together

PROMPT = "Summarise in 3 sentences:\n\n{body}"


def run_openai(client, body):
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT.format(body=body)}]
    )
    return r.choices[0].message.content, r.usage.prompt_tokens, r.usage.completion_tokens


def run_anthropic(client, body):
    r = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": PROMPT.format(body=body)}],
    )
    return r.content[0].text, r.usage.input_tokens, r.usage.output_tokens


def run_gemini(client, body):
    r = client.models.generate_content(model="gemini-2.0-flash", contents=PROMPT.format(body=body))
    return r.text, r.usage_metadata.prompt_token_count, r.usage_metadata.candidates_token_count


def run_together(client, body):
    r = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": PROMPT.format(body=body)}],
        max_tokens=400,
    )
    return r.choices[0].message.content, r.usage.prompt_tokens, r.usage.completion_tokens


def run_together_raw(_client, body):
    resp = httpx.post(
        "https://api.together.xyz/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"},
        json={
            "model": "Qwen/Qwen2.5-72B-Instruct-Turbo",
            "messages": [{"role": "user", "content": PROMPT.format(body=body)}],
            "max_tokens": 400,
        },
        timeout=60,
    )
    resp.raise_for_status()
    data = resp.json()
    return data["choices"][0]["message"]["content"], data["usage"]["prompt_tokens"], data["usage"]["completion_tokens"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sample")
    parser.add_argument("--out", default="benchmark.csv")
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()

    runners = {
        "openai": (run_openai, OpenAI()),
        "anthropic": (run_anthropic, anthropic.Anthropic()),
        "gemini": (run_gemini, genai.Client()),
        "together": (run_together, Together()),
        "together-raw": (run_together_raw, None),
    }

    with open(args.sample) as fh:
        rows = [json.loads(line) for line in fh][: args.limit]

    with open(args.out, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["article", "provider", "seconds", "in_tokens", "out_tokens", "summary"])
        for row in rows:
            for name, (fn, client) in runners.items():
                started = time.perf_counter()
                try:
                    text, tin, tout = fn(client, row["body"])
                except Exception as exc:  # keep going, benchmark is best effort
                    text, tin, tout = f"ERROR {exc}", 0, 0
                writer.writerow([row["slug"], name, round(time.perf_counter() - started, 2), tin, tout, text])
                print(f"{row['slug']:40} {name:12} {tin:>6} {tout:>6}")


if __name__ == "__main__":
    main()
