#!/usr/bin/env python
"""Ping every configured provider with a one-word prompt.

Run before a release: ``python scripts/smoke_providers.py openai anthropic``.
"""
import sys
import time

import ollama
import requests

from nbcopilot.clients import get_xai_client
from nbcopilot.providers import PROVIDERS, get_provider
from nbcopilot.settings import HTTP_LLM_ENDPOINT, OLLAMA_HOST, api_key_for

PROMPT = [{"role": "user", "content": "Reply with the single word: pong"}]


def smoke(name: str) -> tuple[bool, str, float]:
    start = time.perf_counter()
    try:
        c = get_provider(name).complete(PROMPT)
        ok = "pong" in c.text.lower()
        return ok, c.text.strip()[:40], time.perf_counter() - start
    except Exception as exc:  # noqa: BLE001
        return False, repr(exc)[:80], time.perf_counter() - start


def raw_checks():
    """Bypass our provider classes to tell SDK problems from our own bugs."""
    r = requests.post(
        HTTP_LLM_ENDPOINT,
        headers={"Authorization": f"Bearer {api_key_for('http')}"},
        json={"model": "gpt-4o-mini", "messages": PROMPT, "max_tokens": 5},
        timeout=30,
    )
    print("http raw:", r.status_code)
    x = get_xai_client().chat.completions.create(model="grok-2-latest", messages=PROMPT, max_tokens=5)
    print("xai raw:", x.choices[0].message.content)
    o = ollama.chat(model="llama3.1:8b", messages=PROMPT)
    print("ollama raw:", o["message"]["content"], f"({OLLAMA_HOST})")


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(set(PROVIDERS) - {"gemini", "grok"})
    if "--raw" in names:
        names.remove("--raw")
        raw_checks()
    for n in names:
        ok, text, dt = smoke(n)
        print(f"{'OK ' if ok else 'ERR'} {n:<11} {dt:5.2f}s  {text}")
