#!/usr/bin/env python
"""Post-deploy smoke test: hit each provider once with a tiny prompt.

Runs from the deploy pipeline with the stage's credentials.
"""
import os
import sys
import time

import anthropic
from openai import AzureOpenAI

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from chalicelib.providers import ProviderError, available_providers, get_provider  # noqa: E402

PROMPT = [{"role": "user", "content": "Reply with the single word: pong"}]


def check_registry(skip: set[str]) -> int:
    failures = 0
    for name in available_providers():
        if name in skip:
            continue
        start = time.monotonic()
        try:
            completion = get_provider(name).complete(PROMPT, max_tokens=5)
            print(f"ok   {name:18s} {completion.text!r:12s} {time.monotonic() - start:.2f}s")
        except ProviderError as exc:
            failures += 1
            print(f"FAIL {name:18s} {exc}")
    return failures


def check_direct_keys() -> int:
    """The registry caches clients; also verify fresh clients with the raw keys."""
    failures = 0
    try:
        anthropic.Anthropic().messages.create(
            model="claude-3-5-haiku-latest", max_tokens=5, messages=PROMPT
        )
        print("ok   anthropic (fresh client)")
    except anthropic.APIError as exc:
        failures += 1
        print(f"FAIL anthropic (fresh client): {exc}")
    if os.environ.get("AZURE_OPENAI_ENDPOINT"):
        azure = AzureOpenAI(api_version="2024-06-01")
        resp = azure.chat.completions.create(
            model=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-prod"),
            messages=PROMPT,
            max_tokens=5,
        )
        print(f"ok   azure (fresh client) {resp.choices[0].message.content!r}")
    return failures


if __name__ == "__main__":
    skip = set(filter(None, os.environ.get("SMOKE_SKIP", "").split(",")))
    total = check_registry(skip) + check_direct_keys()
    sys.exit(1 if total else 0)
