#!/usr/bin/env python
"""Send the same prompt to every provider and print latency + answer length.

Used when choosing defaults; not shipped.
"""
from __future__ import annotations

import asyncio
import sys
import time

import anthropic
import cohere
import litellm
from openai import AsyncOpenAI

from research_assistant.providers.dispatcher import PROVIDERS

PROMPT = "Explain the difference between precision and recall in two sentences."


def run_dispatch() -> None:
    for name, fn in PROVIDERS.items():
        t0 = time.perf_counter()
        out = fn([{"role": "user", "content": PROMPT}])
        print(f"{name:10s} {time.perf_counter() - t0:6.2f}s {len(out):5d} chars")


async def run_async() -> None:
    oai = AsyncOpenAI()
    claude = anthropic.AsyncAnthropic()
    co = cohere.AsyncClientV2()
    tasks = {
        "gpt-4o": oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT}]),
        "claude": claude.messages.create(
            model="claude-3-5-sonnet-20240620", max_tokens=300, messages=[{"role": "user", "content": PROMPT}]
        ),
        "command-r": co.chat(model="command-r-plus", messages=[{"role": "user", "content": PROMPT}]),
        "groq": litellm.acompletion(model="groq/llama-3.1-8b-instant", messages=[{"role": "user", "content": PROMPT}]),
    }
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for name, res in zip(tasks, results):
        print(name, "ERR" if isinstance(res, Exception) else "ok")


if __name__ == "__main__":
    if "--google" in sys.argv:
        run_google()
    elif "--async" in sys.argv:
        asyncio.run(run_async())
    else:
        run_dispatch()


def run_google() -> None:
    """Side-by-side of the two Google SDKs (we still ship both)."""
    import google.generativeai as legacy_genai
    from google import genai

    legacy_genai.configure()
    old = legacy_genai.GenerativeModel("gemini-1.5-flash").generate_content(PROMPT)
    print("google-generativeai", len(old.text))
    new = genai.Client().models.generate_content(model="gemini-2.0-flash", contents=PROMPT)
    print("google-genai       ", len(new.text or ""))
