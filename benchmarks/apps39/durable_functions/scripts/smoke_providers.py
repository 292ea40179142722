"""Smoke-test every provider key in the current environment. Run before deploys."""
from __future__ import annotations

import os
import sys

import anthropic
from google import genai
from openai import OpenAI
from together import Together

PROMPT = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}], max_tokens=5
    )
    return r.choices[0].message.content or ""


def check_anthropic() -> str:
    r = anthropic.Anthropic().messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=5,
        messages=[{"role": "user", "content": PROMPT}],
    )
    return r.content[0].text


def check_gemini() -> str:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    return client.models.generate_content(model="gemini-2.0-flash", contents=PROMPT).text or ""


def check_together() -> str:
    r = Together().chat.completions.create(
        model="meta-llama/Llama-3.2-3B-Instruct-Turbo",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_fireworks() -> str:
    fw = OpenAI(
        api_key=os.environ["FIREWORKS_API_KEY"],
        base_url="https://api.fireworks.ai/inference/v1",
    )
    r = fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content or ""


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "gemini": check_gemini,
    "together": check_together,
    "fireworks": check_fireworks,
}


def main(argv: list[str]) -> int:
    selected = argv or list(CHECKS)
    failed = 0
    for name in selected:
        try:
            out = CHECKS[name]()
            print(f"{name:10s} ok   {out!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"{name:10s} FAIL {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
