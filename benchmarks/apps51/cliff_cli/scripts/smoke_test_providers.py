#!/usr/bin/env python
"""Ping every configured provider with a tiny prompt. Run after rotating keys."""
import sys
import time

from llmctl.clients import get_clients
from llmctl.providers.perplexity import quick_ask

PING = "Reply with the single word: pong"


def check(name, fn):
    t0 = time.perf_counter()
    try:
        out = fn()
    except Exception as exc:  # noqa: BLE001
        print(f"[FAIL] {name:<10} {exc}")
        return False
    print(f"[ OK ] {name:<10} {time.perf_counter() - t0:5.2f}s  {out!r}")
    return True


def main():
    c = get_clients()
    results = [
        check("openai", lambda: c.openai.responses.create(
            model="gpt-4o-mini", input=PING, max_output_tokens=16).output_text),
        check("anthropic", lambda: c.anthropic.messages.create(
            model="claude-3-5-haiku-20241022", max_tokens=8,
            messages=[{"role": "user", "content": PING}]).content[0].text),
        check("groq", lambda: c.groq.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[{"role": "user", "content": PING}]).choices[0].message.content),
        check("deepseek", lambda: c.deepseek.chat.completions.create(
            model="deepseek-chat",
            messages=[{"role": "user", "content": PING}]).choices[0].message.content),
        check("perplexity", lambda: quick_ask(c.settings.perplexity_api_key, PING)),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
