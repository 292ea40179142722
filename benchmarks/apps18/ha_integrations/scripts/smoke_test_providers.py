#!/usr/bin/env python3
"""Send one short prompt to each provider with the keys from .env.

Run before cutting a release to make sure SDK upgrades didn't break anything:

    python scripts/smoke_test_providers.py --provider all
"""

from __future__ import annotations

import argparse
import os
import sys
import time

PROMPT = "Reply with the single word: pong"


def smoke_openai() -> str:
    from openai import OpenAI

    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    resp = client.chat.completions.create(
        model="gpt-4.1-nano",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return resp.choices[0].message.content or ""


def smoke_anthropic() -> str:
    import anthropic

    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=5,
        messages=[{"role": "user", "content": PROMPT}],
    )
    return msg.content[0].text


def smoke_google() -> str:
    from google import genai

    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    resp = client.models.generate_content(model="gemini-2.5-flash-lite", contents=PROMPT)
    return resp.text or ""


def smoke_ollama() -> str:
    import ollama

    resp = ollama.chat(
        model=os.environ.get("OLLAMA_MODEL", "llama3.2:3b"),
        messages=[{"role": "user", "content": PROMPT}],
    )
    return resp["message"]["content"]


def smoke_xai() -> str:
    from xai_sdk import Client
    from xai_sdk.chat import user

    client = Client(api_key=os.environ["XAI_API_KEY"])
    chat = client.chat.create(model="grok-3-mini", max_tokens=5)
    chat.append(user(PROMPT))
    return chat.sample().content


CHECKS = {
    "openai": smoke_openai,
    "anthropic": smoke_anthropic,
    "google": smoke_google,
    "ollama": smoke_ollama,
    "xai": smoke_xai,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", default="all", choices=["all", *CHECKS])
    args = parser.parse_args()
    names = list(CHECKS) if args.provider == "all" else [args.provider]
    failed = 0
    for name in names:
        start = time.perf_counter()
        try:
            answer = CHECKS[name]()
        except Exception as err:  # noqa: BLE001
            failed += 1
            print(f"[FAIL] {name}: {err!r}")
            continue
        print(f"[ OK ] {name}: {answer.strip()!r} ({time.perf_counter() - start:.1f}s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
