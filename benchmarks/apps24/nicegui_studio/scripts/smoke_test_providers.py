#!/usr/bin/env python
"""Ping every configured provider with a one-token request. Run after rotating keys."""
from __future__ import annotations

import os
import sys
import time

import anthropic
import xai_sdk
from google import genai
from groq import Groq
from xai_sdk.chat import user

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from studio.services.clients import get_replicate  # noqa: E402

PING = "Reply with the single word: pong"


def check_groq() -> str:
    client = Groq()
    r = client.chat.completions.create(model="llama-3.1-8b-instant", messages=[{"role": "user", "content": PING}], max_tokens=3)
    return r.choices[0].message.content


def check_gemini() -> str:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    r = client.models.generate_content(model="gemini-2.0-flash", contents=PING)
    return r.text


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    r = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": PING}])
    return r.content[0].text


def check_replicate() -> str:
    out = get_replicate().run("meta/meta-llama-3-8b-instruct", input={"prompt": PING, "max_new_tokens": 3})
    return "".join(out)


def check_xai() -> str:
    client = xai_sdk.Client(api_key=os.environ["XAI_API_KEY"])
    chat = client.chat.create(model="grok-3-mini")
    chat.append(user(PING))
    return chat.sample().content


CHECKS = {
    "groq": ("GROQ_API_KEY", check_groq),
    "gemini": ("GEMINI_API_KEY", check_gemini),
    "anthropic": ("ANTHROPIC_API_KEY", check_anthropic),
    "replicate": ("REPLICATE_API_TOKEN", check_replicate),
    "xai": ("XAI_API_KEY", check_xai),
}


def main() -> int:
    failures = 0
    for name, (env, fn) in CHECKS.items():
        if not os.environ.get(env):
            print(f"{name:10s} SKIP (no {env})")
            continue
        started = time.perf_counter()
        try:
            reply = fn()
            print(f"{name:10s} OK   {time.perf_counter() - started:5.2f}s  {reply!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"{name:10s} FAIL {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
