#!/usr/bin/env python3
"""Smoke-test provider keys from the environment before a deployment."""
import os
import sys

import anthropic
from google import genai
from openai import OpenAI


def main():
    failures = 0
    if os.environ.get("OPENAI_API_KEY"):
        try:
            names = [m.id for m in OpenAI().models.list()]
            print("openai ok: %d models" % len(names))
        except Exception as exc:  # noqa: BLE001
            print("openai FAILED: %s" % exc)
            failures += 1
    if os.environ.get("ANTHROPIC_API_KEY"):
        client = anthropic.Anthropic()
        try:
            count = client.messages.count_tokens(
                model="claude-3-5-haiku-latest",
                messages=[{"role": "user", "content": "ping"}],
            )
            print("anthropic ok: %s tokens" % count.input_tokens)
        except anthropic.APIError as exc:
            print("anthropic FAILED: %s" % exc)
            failures += 1
    if os.environ.get("GOOGLE_API_KEY"):
        gclient = genai.Client()
        try:
            model = gclient.models.get(model="gemini-2.0-flash")
            print("gemini ok: %s" % model.display_name)
        except Exception as exc:  # noqa: BLE001
            print("gemini FAILED: %s" % exc)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
