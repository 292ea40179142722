#!/usr/bin/env python
"""Ping every provider once with a tiny prompt. Run after rotating keys."""
import os
import sys

import anthropic
from google import genai
from mistralai import Mistral
from openai import OpenAI

PING = "Reply with the single word: pong"


def check_openai():
    c = OpenAI()
    r = c.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PING}], max_tokens=5)
    return r.choices[0].message.content


def check_anthropic():
    c = anthropic.Anthropic()
    r = c.messages.create(model="claude-3-5-haiku-20241022", max_tokens=5, messages=[{"role": "user", "content": PING}])
    return r.content[0].text


def check_gemini():
    c = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    return c.models.generate_content(model="gemini-2.0-flash", contents=PING).text


def check_mistral():
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as c:
        r = c.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": PING}])
    return r.choices[0].message.content


def check_perplexity():
    c = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")
    r = c.chat.completions.create(model="sonar", messages=[{"role": "user", "content": PING}])
    return r.choices[0].message.content


if __name__ == "__main__":
    failed = False
    for name, fn in [("openai", check_openai), ("anthropic", check_anthropic), ("gemini", check_gemini),
                     ("mistral", check_mistral), ("perplexity", check_perplexity)]:
        try:
            print(f"{name:12s} ok: {fn()!r}")
        except Exception as exc:  # noqa: BLE001
            failed = True
            print(f"{name:12s} FAILED: {exc}")
    sys.exit(1 if failed else 0)
