"""Check that every configured API key works: ``python -m scripts.smoke_providers``.

Deliberately standalone (sync clients, no telethon) so it can run in CI.
"""
from __future__ import annotations

import os
import sys
import time

from anthropic import Anthropic
from google import genai
from groq import Groq
from openai import OpenAI

PROMPT = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}], max_tokens=5
    )
    return r.choices[0].message.content


def check_anthropic() -> str:
    client = Anthropic()
    r = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": PROMPT}]
    )
    return r.content[0].text


def check_gemini() -> str:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    return client.models.generate_content(model="gemini-2.0-flash", contents=PROMPT).text


def check_groq() -> str:
    r = Groq().chat.completions.create(
        model="llama-3.1-8b-instant", messages=[{"role": "user", "content": PROMPT}]
    )
    return r.choices[0].message.content


def check_xai() -> str:
    xai = OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    r = xai.chat.completions.create(model="grok-2-latest", messages=[{"role": "user", "content": PROMPT}])
    return r.choices[0].message.content


CHECKS = {
    "openai": ("OPENAI_API_KEY", check_openai),
    "anthropic": ("ANTHROPIC_API_KEY", check_anthropic),
    "gemini": ("GEMINI_API_KEY", check_gemini),
    "groq": ("GROQ_API_KEY", check_groq),
    "xai": ("XAI_API_KEY", check_xai),
}


def main(argv: list[str]) -> int:
    wanted = argv or list(CHECKS)
    failed = 0
    for name in wanted:
        env, fn = CHECKS[name]
        if not os.environ.get(env):
            print(f"{name:10s} SKIP (no {env})")
            continue
        t0 = time.perf_counter()
        try:
            out = (fn() or "").strip()
            print(f"{name:10s} OK   {time.perf_counter() - t0:5.2f}s  {out!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"{name:10s} FAIL {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
