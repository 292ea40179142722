#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per configured provider.

Run from the project root:  python scripts/smoke_providers.py [--only openai,cohere]
Reads keys from the environment only (does not touch the database).
"""
import argparse
import os
import sys
import time

import cohere
from anthropic import Anthropic
from mistralai import Mistral
from openai import OpenAI

PING = "Reply with the single word: pong"


def check_openai():
    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=5, messages=[{"role": "user", "content": PING}])
    return r.choices[0].message.content


def check_anthropic():
    client = Anthropic()
    r = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": PING}]
    )
    return r.content[0].text


def check_mistral():
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        r = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": PING}])
    return r.choices[0].message.content


def check_cohere():
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    r = co.rerank(model="rerank-v3.5", query="pong", documents=["ping", "pong"], top_n=1)
    return f"top={r.results[0].index}"


def check_perplexity():
    pplx = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")
    r = pplx.chat.completions.create(model="sonar", messages=[{"role": "user", "content": PING}])
    return r.choices[0].message.content


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "mistral": check_mistral,
    "cohere": check_cohere,
    "perplexity": check_perplexity,
}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(CHECKS))
    args = parser.parse_args(argv)
    failures = 0
    for name in args.only.split(","):
        fn = CHECKS.get(name.strip())
        if fn is None:
            print(f"?? unknown provider {name}")
            continue
        started = time.monotonic()
        try:
            out = fn()
            print(f"ok   {name:11} {time.monotonic() - started:5.2f}s  {out!r}")
        except Exception as exc:  # report and carry on
            failures += 1
            print(f"FAIL {name:11} {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
