#!/usr/bin/env python
"""Check that every provider key in the environment works.

Sends the smallest possible request to each provider. Run before deploys:

    python scripts/smoke_test_keys.py
"""
from __future__ import annotations

import os
import sys

import anthropic
from google import genai
from google.genai import types
from mistralai import Mistral
from openai import OpenAI


def check_openai() -> str:
    client = OpenAI()
    names = [m.id for m in client.models.list()][:3]
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    return f"ok ({r.model}; e.g. {', '.join(names)})"


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    r = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
    )
    return f"ok ({r.model})"


def check_gemini() -> str:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    r = client.models.generate_content(
        model="gemini-2.5-flash",
        contents="ping",
        config=types.GenerateContentConfig(max_output_tokens=1),
    )
    return f"ok ({r.model_version})"


def check_mistral() -> str:
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        r = client.chat.complete(
            model="mistral-small-latest", messages=[{"role": "user", "content": "ping"}], max_tokens=1
        )
    return f"ok ({r.model})"


def check_perplexity() -> str:
    client = OpenAI(api_key=os.environ["PPLX_API_KEY"], base_url="https://api.perplexity.ai")
    r = client.chat.completions.create(
        model="sonar", messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    return f"ok ({r.model})"


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "gemini": check_gemini,
    "mistral": check_mistral,
    "perplexity": check_perplexity,
}


def main(argv: list[str]) -> int:
    wanted = argv or list(CHECKS)
    failed = 0
    for name in wanted:
        try:
            print(f"{name:12s} {CHECKS[name]()}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"{name:12s} FAILED: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
