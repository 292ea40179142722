#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per provider, exits non-zero on failure."""
from __future__ import annotations

import os
import sys
import time

import httpx

from botlib.clients import ClientBundle
from botlib.config import LLMSettings
from botlib.registry import available, complete

PPLX_URL = "https://api.perplexity.ai/chat/completions"


def check_perplexity_raw() -> None:
    # Goes around the SDK on purpose: verifies the egress proxy allows the host.
    r = httpx.post(
        PPLX_URL,
        headers={"Authorization": f"Bearer {os.environ['PPLX_API_KEY']}"},
        json={"model": "sonar", "messages": [{"role": "user", "content": "Reply with OK."}], "max_tokens": 5},
        timeout=30,
    )
    r.raise_for_status()


def main() -> int:
    bundle = ClientBundle(LLMSettings.from_env())
    failures = 0
    for provider in available():
        t0 = time.monotonic()
        try:
            out = complete(provider, bundle, "You are a health check.", "Reply with OK.")
            print(f"{provider:10s} ok   {time.monotonic() - t0:5.1f}s  {out[:20]!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"{provider:10s} FAIL {exc!r}")
    try:
        check_perplexity_raw()
        print("perplexity ok (raw)")
    except httpx.HTTPError as exc:
        failures += 1
        print(f"perplexity FAIL {exc!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
