#!/usr/bin/env python
"""Ping every configured provider with a tiny request.

Run after rotating keys:  python scripts/smoke_test_providers.py
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from apps.helpdesk.llm import clients  # noqa: E402


def check(name, fn):
    t0 = time.time()
    try:
        out = fn()
        print("%-10s OK   %5.2fs  %s" % (name, time.time() - t0, str(out)[:60].replace("\n", " ")))
        return True
    except Exception as exc:
        print("%-10s FAIL %5.2fs  %s" % (name, time.time() - t0, exc))
        return False


def openai_ping():
    r = clients.get_openai().responses.create(model="gpt-4o-mini", input="Say pong.", max_output_tokens=16)
    return r.output_text


def anthropic_ping():
    r = clients.get_anthropic().messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=8,
        messages=[{"role": "user", "content": "Say pong."}],
    )
    return r.content[0].text


def gemini_ping():
    return clients.get_genai().models.generate_content(model="gemini-2.0-flash", contents="Say pong.").text


def together_ping():
    r = clients.get_together().chat.completions.create(
        model="meta-llama/Llama-3.2-3B-Instruct-Turbo",
        messages=[{"role": "user", "content": "Say pong."}],
        max_tokens=8,
    )
    return r.choices[0].message.content


def voyage_ping():
    r = clients.get_voyage().embed(["pong"], model="voyage-3-lite")
    return "%d dims" % len(r.embeddings[0])


def main():
    results = [
        check("openai", openai_ping),
        check("anthropic", anthropic_ping),
        check("gemini", gemini_ping),
        check("together", together_ping),
        check("voyage", voyage_ping),
    ]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
