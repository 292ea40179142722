#!/usr/bin/env python
"""Smoke-test every provider key before a nightly run. Exits non-zero on failure."""
from __future__ import annotations

import os
import sys
import traceback

import anthropic
import ollama
from google import genai
from openai import OpenAI

PROMPT = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}], max_tokens=5)
    return r.choices[0].message.content


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    r = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": PROMPT}]
    )
    return r.content[0].text


def check_google() -> str:
    client = genai.Client(api_key=os.environ["GOOGLE_API_KEY"])
    return client.models.generate_content(model="gemini-2.0-flash", contents=PROMPT).text


def check_fireworks() -> str:
    fw = OpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key=os.environ["FIREWORKS_API_KEY"])
    r = fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_ollama() -> str:
    client = ollama.Client(host=os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434"))
    return client.chat(model="llama3.1", messages=[{"role": "user", "content": PROMPT}])["message"]["content"]


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "google": check_google,
    "fireworks": check_fireworks,
    "ollama": check_ollama,
}


def main(argv: list[str]) -> int:
    wanted = argv or list(CHECKS)
    failed = 0
    for name in wanted:
        try:
            print(f"{name:10s} ok: {CHECKS[name]()!r}")
        except Exception:
            failed += 1
            print(f"{name:10s} FAILED")
            traceback.print_exc(limit=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
