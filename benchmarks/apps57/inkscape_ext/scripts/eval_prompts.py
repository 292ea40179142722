#!/usr/bin/env python3
"""Quick-and-dirty prompt comparison across providers. Prints a table of
latency and answer length for each prompt in prompts/*.txt.

Not part of the shipped extension.
"""

import asyncio
import functools
import glob
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ai_ext_common.clients import (  # noqa: E402
    get_anthropic_client,
    get_hf_client,
    get_openrouter_client,
)
from ai_ext_common.prompts import REWRITE_SYSTEM  # noqa: E402

OPENROUTER_MODELS = [
    "anthropic/claude-3.5-haiku",
    "google/gemini-2.0-flash-001",
    "meta-llama/llama-3.3-70b-instruct",
]


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - t0, result


def run_openrouter(prompt):
    rows = []
    router = get_openrouter_client()
    for model in OPENROUTER_MODELS:
        ask = functools.partial(router.chat.completions.create, model=model)
        t0 = time.perf_counter()
        resp = ask(messages=[{"role": "system", "content": REWRITE_SYSTEM},
                             {"role": "user", "content": prompt}])
        rows.append((model, time.perf_counter() - t0,
                     len(resp.choices[0].message.content or "")))
    return rows


def run_anthropic(prompt):
    client = get_anthropic_client()
    dt, msg = timed(client.messages.create,
                    model="claude-3-5-haiku-latest",
                    max_tokens=512,
                    system=REWRITE_SYSTEM,
                    messages=[{"role": "user", "content": prompt}])
    return [("claude-3-5-haiku-latest", dt, len(msg.content[0].text))]


async def run_hf(prompt):
    hf = get_hf_client()
    t0 = time.perf_counter()
    out = await asyncio.to_thread(
        hf.chat.completions.create,
        model="meta-llama/Llama-3.1-8B-Instruct",
        messages=[{"role": "system", "content": REWRITE_SYSTEM},
                  {"role": "user", "content": prompt}],
        max_tokens=512,
    )
    return [("hf:llama-3.1-8b", time.perf_counter() - t0,
             len(out.choices[0].message.content))]


def main():
    files = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "prompts", "*.txt")))
    for path in files:
        prompt = open(path, encoding="utf-8").read()
        rows = run_openrouter(prompt) + run_anthropic(prompt) + asyncio.run(run_hf(prompt))
        print(f"== {os.path.basename(path)}")
        for model, dt, n in rows:
            print(f"  {model:40s} {dt:6.2f}s {n:5d} chars")


if __name__ == "__main__":
    main()
