#!/usr/bin/env python
"""Check that every provider key we ship to CI actually works.

Each check makes the smallest billable request we can get away with.
"""
from __future__ import annotations

import os
import sys
import traceback

import anthropic
import cohere
import replicate
from openai import AzureOpenAI, OpenAI


def check_openai() -> str:
    client = OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    return r.model


def check_azure() -> str:
    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-06-01",
    )
    r = client.chat.completions.create(
        model=os.environ.get("AZURE_DEPLOYMENT", "gpt-4o-ops"),
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    return r.model


def check_anthropic() -> str:
    r = anthropic.Anthropic().messages.create(
        model="claude-3-5-haiku-20241022", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
    )
    return r.model


def check_cohere() -> str:
    co = cohere.ClientV2()
    r = co.chat(model="command-r-08-2024", messages=[{"role": "user", "content": "ping"}], max_tokens=1)
    return r.id


def check_xai() -> str:
    grok = OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    r = grok.chat.completions.create(
        model="grok-2-latest", messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    return r.model


def check_replicate() -> str:
    out = replicate.run(
        "meta/meta-llama-3-8b-instruct", input={"prompt": "ping", "max_new_tokens": 1}
    )
    return "".join(out)[:20]


CHECKS = {
    "openai": check_openai,
    "azure": check_azure,
    "anthropic": check_anthropic,
    "cohere": check_cohere,
    "xai": check_xai,
    "replicate": check_replicate,
}


def main() -> int:
    wanted = sys.argv[1:] or list(CHECKS)
    failed = 0
    for name in wanted:
        try:
            print(f"{name:10} ok   {CHECKS[name]()}")
        except Exception:  # noqa: BLE001
            failed += 1
            print(f"{name:10} FAIL")
            traceback.print_exc(limit=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
