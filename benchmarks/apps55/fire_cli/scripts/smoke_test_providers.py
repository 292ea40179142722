#!/usr/bin/env python
"""Pings every provider with a tiny request. Run after rotating keys.

    python scripts/smoke_test_providers.py --only openai,anthropic
"""
import argparse
import os
import sys
import time

import anthropic
import litellm
from huggingface_hub import InferenceClient
from openai import OpenAI
from together import Together

PING = [{"role": "user", "content": "Say OK."}]


def ping_openai():
    client = OpenAI()
    r = client.chat.completions.create(model="gpt-4o-mini", messages=PING, max_tokens=3)
    return r.choices[0].message.content


def ping_anthropic():
    client = anthropic.Anthropic()
    r = client.messages.create(model="claude-3-haiku-20240307", max_tokens=5, messages=PING)
    return r.content[0].text


def ping_together():
    r = Together().chat.completions.create(
        model="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", messages=PING, max_tokens=3
    )
    return r.choices[0].message.content


def ping_together_openai_compat():
    # some of our notebooks use the OpenAI SDK against Together; make sure that path works too
    compat = OpenAI(base_url="https://api.together.xyz/v1", api_key=os.environ["TOGETHER_API_KEY"])
    r = compat.chat.completions.create(model="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", messages=PING, max_tokens=3)
    return r.choices[0].message.content


def ping_hf():
    hf = InferenceClient(token=os.environ.get("HF_TOKEN"))
    r = hf.chat.completions.create(model="meta-llama/Meta-Llama-3.1-8B-Instruct", messages=PING, max_tokens=3)
    return r.choices[0].message.content


def ping_litellm():
    r = litellm.completion(model="gemini/gemini-1.5-flash", messages=PING, max_tokens=3)
    return r.choices[0].message.content


CHECKS = {
    "openai": ping_openai,
    "anthropic": ping_anthropic,
    "together": ping_together,
    "together-compat": ping_together_openai_compat,
    "hf": ping_hf,
    "litellm": ping_litellm,
}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(CHECKS))
    args = parser.parse_args(argv)
    failed = 0
    for name in args.only.split(","):
        t0 = time.perf_counter()
        try:
            out = CHECKS[name]()
            print(f"{name:16} ok   {time.perf_counter() - t0:5.2f}s  {out!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"{name:16} FAIL {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
