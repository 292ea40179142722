#!/usr/bin/env python
"""Checks that every provider key in the environment works.

Run after rotating keys or from the deploy pipeline:

    python scripts/smoke_test_providers.py            # all providers
    python scripts/smoke_test_providers.py deepseek   # just one

Each check sends one tiny request (a few tokens).
"""
import os
import sys
import time

from google import genai
from mistralai.client import Mistral
from openai import OpenAI
from together import Together

PING = "Reply with the single word: pong"


def check_gemini():
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    names = [m.name for m in client.models.list(config={"page_size": 100})]
    if not any("gemini-2.0-flash" in n for n in names):
        raise RuntimeError("gemini-2.0-flash not visible to this key")
    resp = client.models.generate_content(model="gemini-2.0-flash", contents=PING)
    return resp.text


def check_mistral():
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    resp = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": PING}],
        max_tokens=5,
    )
    return resp.choices[0].message.content


def check_deepseek():
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    resp = client.chat.completions.create(
        model="deepseek-chat",
        messages=[{"role": "user", "content": PING}],
        max_tokens=5,
    )
    return resp.choices[0].message.content


def check_together():
    client = Together(api_key=os.environ["TOGETHER_API_KEY"])
    resp = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": PING}],
        max_tokens=5,
    )
    return resp.choices[0].message.content


CHECKS = {
    "gemini": check_gemini,
    "mistral": check_mistral,
    "deepseek": check_deepseek,
    "together": check_together,
}


def main(argv):
    selected = argv or list(CHECKS)
    failed = 0
    for name in selected:
        started = time.monotonic()
        try:
            answer = CHECKS[name]()
            print(f"[ok]   {name:<9} {time.monotonic() - started:5.2f}s  {answer!r}")
        except KeyError as exc:
            failed += 1
            print(f"[skip] {name:<9} missing env {exc}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"[FAIL] {name:<9} {type(exc).__name__}: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
