#!/usr/bin/env python3
"""Rough latency comparison across providers. Costs real money: run sparingly."""
import concurrent.futures
import statistics
import time

import requests
import wx

from research_assistant.core import get_anthropic_client, get_xai_client, registry
from research_assistant.legacy import XAI_CHAT_URL, xai_headers

PROMPT = [{"role": "user", "content": "Name three uses of a spectrometer, one line each."}]
RUNS = 3


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bench_registry():
    rows = {}
    for name in registry.names():
        adapter = registry.get(name)
        model = registry.models_for(name)[0]
        rows[name] = [timed(lambda: adapter.complete(model, PROMPT, max_tokens=64)) for _ in range(RUNS)]
    return rows


def bench_anthropic_direct():
    client = get_anthropic_client()
    return [timed(lambda: client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=64, messages=PROMPT)) for _ in range(RUNS)]


def bench_xai_parallel():
    client = get_xai_client()
    with concurrent.futures.ThreadPoolExecutor(max_workers=RUNS) as pool:
        t0 = time.perf_counter()
        futs = [pool.submit(client.chat.completions.create, model="grok-3-mini", messages=PROMPT)
                for _ in range(RUNS)]
        concurrent.futures.wait(futs)
        return [time.perf_counter() - t0]


def bench_xai_raw():
    def call():
        r = requests.post(XAI_CHAT_URL, headers=xai_headers(),
                          json={"model": "grok-3-mini", "messages": PROMPT}, timeout=60)
        r.raise_for_status()
    return [timed(call) for _ in range(RUNS)]


def main():
    app = wx.App(False)
    rows = bench_registry()
    rows["anthropic-direct"] = bench_anthropic_direct()
    rows["xai-parallel"] = bench_xai_parallel()
    rows["xai-raw-http"] = bench_xai_raw()
    for name, times in rows.items():
        print(f"{name:20s} median {statistics.median(times):6.2f}s")
    del app


if __name__ == "__main__":
    main()
