#!/usr/bin/env python3
"""Latency / token comparison of the text backends on a fixed set of notes."""
import argparse
import asyncio
import os
import statistics
import time

from openai import OpenAI

import _bootstrap

_bootstrap.install()

from art_muse import backends, prompt_templates  # noqa: E402

NOTES = [
    "foggy pine forest, lone deer, early morning",
    "cyberpunk noodle stand in the rain, neon reflections",
    "portrait of an old sailor, rembrandt lighting",
    "isometric cozy library with cats",
]


def bench_registry():
    for name in backends.text_backends():
        backend = backends.get_text_backend(name)
        times, toks = [], 0
        for note in NOTES:
            t0 = time.perf_counter()
            res = backend.complete(prompt_templates.PROMPT_WRITER_SYSTEM, note, max_tokens=120)
            times.append(time.perf_counter() - t0)
            toks += res.output_tokens
        print(f"{name:10s} median {statistics.median(times):.2f}s  out_tokens={toks}")


async def bench_fireworks_models(models):
    """Compare several Fireworks models directly (not all are in settings)."""
    client = OpenAI(api_key=os.environ["FIREWORKS_API_KEY"], base_url="https://api.fireworks.ai/inference/v1")
    for model in models:
        t0 = time.perf_counter()
        resps = await asyncio.gather(*[
            asyncio.to_thread(
                client.chat.completions.create,
                model=model,
                messages=[{"role": "system", "content": prompt_templates.PROMPT_WRITER_SYSTEM},
                          {"role": "user", "content": note}],
                max_tokens=120,
            )
            for note in NOTES
        ])
        dt = time.perf_counter() - t0
        out = sum(r.usage.completion_tokens for r in resps)
        print(f"{model}: {dt:.2f}s for {len(NOTES)} notes, {out} tokens")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fireworks-models", nargs="*", default=[])
    args = ap.parse_args()
    bench_registry()
    if args.fireworks_models:
        asyncio.run(bench_fireworks_models(args.fireworks_models))


if __name__ == "__main__":
    main()
