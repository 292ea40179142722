#!/usr/bin/env python
"""Pre-deploy smoke test: one tiny request per provider endpoint we depend on.

Deliberately standalone (no deskassist imports) so it can run from the deploy box
before the app image is built.
"""
from __future__ import annotations

import os
import sys
import time

import boto3
from openai import AzureOpenAI, OpenAI

PROMPT = "Reply with the single word: pong"


def check_azure() -> str:
    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-10-21",
    )
    resp = client.chat.completions.create(
        model=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini-desk"),
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=3,
    )
    return resp.choices[0].message.content


def check_perplexity() -> str:
    pplx = OpenAI(api_key=os.environ["PPLX_API_KEY"], base_url="https://api.perplexity.ai")
    resp = pplx.chat.completions.create(model="sonar", messages=[{"role": "user", "content": PROMPT}])
    return resp.choices[0].message.content


def check_bedrock() -> str:
    brt = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    resp = brt.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": PROMPT}]}],
        inferenceConfig={"maxTokens": 5},
    )
    return resp["output"]["message"]["content"][0]["text"]


CHECKS = {"azure": check_azure, "perplexity": check_perplexity, "bedrock": check_bedrock}


def main(argv: list[str]) -> int:
    names = argv or list(CHECKS)
    failed = 0
    for name in names:
        t0 = time.perf_counter()
        try:
            out = CHECKS[name]()
            print(f"[ok]   {name:<11} {time.perf_counter() - t0:5.2f}s  {out!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"[FAIL] {name:<11} {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
