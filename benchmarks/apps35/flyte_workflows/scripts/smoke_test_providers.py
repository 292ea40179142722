#!/usr/bin/env python
"""Ping every provider with a tiny request. Run before rotating keys:

    OPENAI_API_KEY=... ANTHROPIC_API_KEY=... python scripts/smoke_test_providers.py
"""
import argparse
import os
import sys

import anthropic
import cohere
from google import genai


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=5,
        messages=[{"role": "user", "content": "Say OK"}],
    )
    return msg.content[0].text


def check_cohere() -> str:
    co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])
    resp = co.chat(model="command-r-08-2024", messages=[{"role": "user", "content": "Say OK"}])
    return resp.message.content[0].text


def check_gemini() -> str:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    return client.models.generate_content(model="gemini-2.0-flash", contents="Say OK").text


def check_openai_family() -> str:
    # the OpenAI-compatible vendors go through the shared factories
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
    from labelling_flows.llm.registry import complete

    return " / ".join(complete(b, "Say OK").text for b in ("openai", "together", "fireworks"))


CHECKS = {
    "anthropic": check_anthropic,
    "cohere": check_cohere,
    "gemini": check_gemini,
    "openai-compatible": check_openai_family,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=sorted(CHECKS), action="append")
    args = parser.parse_args()
    failures = 0
    for name in args.only or CHECKS:
        try:
            print(f"{name:>18}: {CHECKS[name]()!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"{name:>18}: FAILED {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

