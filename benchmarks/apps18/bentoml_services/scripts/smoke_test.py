#!/usr/bin/env python
"""Post-deploy smoke test: one real request per vendor key in the environment.

Run by the deploy pipeline with the prod secrets mounted; costs a few cents.
"""

from __future__ import annotations

import os
import sys
import traceback

import cohere
import replicate


def check_cohere() -> str:
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    resp = co.chat(
        model="command-r-08-2024",
        messages=[{"role": "user", "content": "Say OK."}],
        max_tokens=3,
    )
    return resp.message.content[0].text


def check_replicate() -> str:
    out = []
    for event in replicate.stream(
        "meta/meta-llama-3-8b-instruct", input={"prompt": "Say OK.", "max_new_tokens": 3}
    ):
        out.append(str(event))
    return "".join(out)


def main() -> int:
    checks = {
        "COHERE_API_KEY": check_cohere,
        "REPLICATE_API_TOKEN": check_replicate,
    }
    failures = 0
    for env_var, fn in checks.items():
        if not os.environ.get(env_var):
            print(f"skip {fn.__name__}: {env_var} not set")
            continue
        try:
            print(f"ok   {fn.__name__}: {fn()!r}")
        except Exception:  # noqa: BLE001
            failures += 1
            print(f"FAIL {fn.__name__}")
            traceback.print_exc()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
