#!/usr/bin/env python
"""Latency benchmark: Groq vs local Ollama for the hint feature."""
import statistics
import time

import ollama
from groq import Groq

PROMPTS = [
    "Hint for: 'Translate: I would like a coffee'",
    "Hint for: 'Fill in: Yo ___ (ser) estudiante'",
    "Hint for: 'Translate: Where is the station?'",
]


def bench_groq(model="llama-3.1-8b-instant"):
    client = Groq()
    times = []
    for p in PROMPTS:
        t0 = time.perf_counter()
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": p}], max_tokens=60)
        times.append(time.perf_counter() - t0)
    return times


def bench_ollama(model="llama3.2:3b"):
    times = []
    for p in PROMPTS:
        t0 = time.perf_counter()
        ollama.generate(model=model, prompt=p, options={"num_predict": 60})
        times.append(time.perf_counter() - t0)
    return times


if __name__ == "__main__":
    for name, fn in (("groq", bench_groq), ("ollama", bench_ollama)):
        t = fn()
        print(f"{name:7s} median={statistics.median(t):.2f}s max={max(t):.2f}s")
