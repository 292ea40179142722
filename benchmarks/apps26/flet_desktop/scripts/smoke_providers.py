#!/usr/bin/env python
"""Release smoke test: one tiny request per provider with the keys in the env.

Run before cutting a desktop build:  python scripts/smoke_providers.py
"""
from __future__ import annotations

import os
import sys
import time

import anthropic
import ollama
from google import genai
from openai import OpenAI
from xai_sdk import Client as XaiClient
from xai_sdk.chat import user

PING = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    return client.responses.create(model="gpt-4.1-mini", input=PING, max_output_tokens=16).output_text


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(model="claude-haiku-4-5", max_tokens=16, messages=[{"role": "user", "content": PING}])
    return msg.content[0].text


def check_gemini() -> str:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    return client.models.generate_content(model="gemini-2.5-flash", contents=PING).text


def check_xai() -> str:
    client = XaiClient(api_key=os.environ["XAI_API_KEY"])
    chat = client.chat.create(model="grok-3-mini")
    chat.append(user(PING))
    return chat.sample().content


def check_perplexity() -> str:
    client = OpenAI(api_key=os.environ["PPLX_API_KEY"], base_url="https://api.perplexity.ai")
    resp = client.chat.completions.create(model="sonar", messages=[{"role": "user", "content": PING}])
    return resp.choices[0].message.content


def check_ollama() -> str:
    client = ollama.Client(host=os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434"))
    return client.generate(model="llama3.1:8b", prompt=PING)["response"]


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "gemini": check_gemini,
    "xai": check_xai,
    "perplexity": check_perplexity,
    "ollama": check_ollama,
}


def main() -> int:
    only = set(sys.argv[1:])
    failures = 0
    for name, fn in CHECKS.items():
        if only and name not in only:
            continue
        t0 = time.perf_counter()
        try:
            out = (fn() or "").strip()
            ok = "pong" in out.lower()
            print(f"{'OK ' if ok else 'ODD'} {name:11s} {time.perf_counter() - t0:5.2f}s  {out[:40]!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"ERR {name:11s} {type(exc).__name__}: {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
