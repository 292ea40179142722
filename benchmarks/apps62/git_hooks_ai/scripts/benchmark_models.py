#!/usr/bin/env python3
"""Compare latency/quality of commit messages across providers on recent commits.

    python scripts/benchmark_models.py --n 20 --out bench.csv
"""
import argparse
import csv
import os
import subprocess
import time

import anthropic
import ollama
from groq import Groq
from openai import OpenAI

from gitai import prompts
from gitai.llm.providers import BACKENDS
from gitai.llm.tokens import estimate_cost

FIREWORKS = OpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key=os.environ.get("FIREWORKS_API_KEY"))


def recent_diffs(n):
    shas = subprocess.run(["git", "rev-list", f"-n{n}", "--no-merges", "HEAD"], capture_output=True, text=True).stdout.split()
    for sha in shas:
        diff = subprocess.run(["git", "show", "--format=", sha], capture_output=True, text=True).stdout
        yield sha, diff[:12000]


def run_fireworks(system, user):
    r = FIREWORKS.chat.completions.create(
        model="accounts/fireworks/models/qwen2p5-coder-32b-instruct",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        max_tokens=300,
    )
    return r.choices[0].message.content, r.usage.prompt_tokens, r.usage.completion_tokens


def run_claude_haiku(system, user):
    client = anthropic.Anthropic()
    raw = client.messages.with_raw_response.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system=system,
        messages=[{"role": "user", "content": user}],
    )
    print("  request-id:", raw.headers.get("request-id"))
    msg = raw.parse()
    return msg.content[0].text, msg.usage.input_tokens, msg.usage.output_tokens


def run_groq_streaming(system, user):
    groq = Groq()
    text = []
    usage = None
    for chunk in groq.chat.completions.create(
        model="llama-3.3-70b-versatile",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        stream=True,
    ):
        if chunk.choices and chunk.choices[0].delta.content:
            text.append(chunk.choices[0].delta.content)
        if getattr(chunk, "x_groq", None) and chunk.x_groq.usage:
            usage = chunk.x_groq.usage
    return "".join(text), getattr(usage, "prompt_tokens", 0), getattr(usage, "completion_tokens", 0)


def run_ollama_remote(system, user):
    # the GPU box in the office; not the laptop's daemon
    box = ollama.Client(host=os.environ.get("BENCH_OLLAMA_HOST", "http://gpu-box.lan:11434"))
    r = box.chat(model="qwen2.5-coder:32b", messages=[{"role": "system", "content": system}, {"role": "user", "content": user}])
    return r["message"]["content"], r.get("prompt_eval_count", 0), r.get("eval_count", 0)


EXTRA = {
    "fireworks-qwen": run_fireworks,
    "claude-haiku": run_claude_haiku,
    "groq-70b-stream": run_groq_streaming,
    "ollama-32b": run_ollama_remote,
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--out", default="bench.csv")
    args = ap.parse_args()
    system = prompts.commit_system(True)
    rows = []
    for sha, diff in recent_diffs(args.n):
        user = prompts.commit_user(diff, "bench", [])
        for name, factory in BACKENDS.items():
            backend = factory()
            t0 = time.perf_counter()
            c = backend.complete(system, user, max_tokens=300)
            rows.append([sha, name, time.perf_counter() - t0, c.input_tokens, c.output_tokens,
                         estimate_cost(backend.model, c.input_tokens, c.output_tokens), c.text.splitlines()[0]])
        for name, fn in EXTRA.items():
            t0 = time.perf_counter()
            text, tin, tout = fn(system, user)
            rows.append([sha, name, time.perf_counter() - t0, tin, tout, "", text.splitlines()[0]])
    with open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["sha", "model", "seconds", "in", "out", "usd", "subject"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
