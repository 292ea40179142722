#!/usr/bin/env python3
"""Quick latency comparison across providers for the settings docs.
Not part of the app; run by hand."""
import os
import statistics
import time

import anthropic
import google.generativeai as genai
import ollama
from mistralai import Mistral

PROMPT = "Summarize in one sentence: Tkinter is Python's standard GUI toolkit."
N = 3


def timed(fn):
    times = []
    for _ in range(N):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_anthropic():
    client = anthropic.Anthropic()
    return timed(lambda: client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=100, messages=[{"role": "user", "content": PROMPT}]))


def bench_mistral():
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    return timed(lambda: client.chat.complete(model="mistral-small-latest",
                                              messages=[{"role": "user", "content": PROMPT}]))


def bench_gemini():
    genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
    model = genai.GenerativeModel("gemini-1.5-flash")
    return timed(lambda: model.generate_content(PROMPT))


def bench_ollama():
    return timed(lambda: ollama.chat(model="llama3.1:8b", messages=[{"role": "user", "content": PROMPT}]))


if __name__ == "__main__":
    for name, fn in [("anthropic", bench_anthropic), ("mistral", bench_mistral),
                     ("gemini", bench_gemini), ("ollama", bench_ollama)]:
        try:
            print(f"{name:10s} {fn():6.2f}s")
        except Exception as exc:  # noqa: BLE001
            print(f"{name:10s} failed: {exc}")
