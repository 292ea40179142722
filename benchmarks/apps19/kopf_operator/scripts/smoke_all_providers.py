#!/usr/bin/env python
"""Pre-release smoke test: one tiny request per provider, straight through the SDKs.

Deliberately does NOT use the operator's clients module, so a broken factory
shows up as a difference between this script and `aiops-operator smoke`.

    python scripts/smoke_all_providers.py --region eu-west-1
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import boto3
import litellm
from mistralai import Mistral

PROMPT = "Reply with the single word: ok"


def smoke_bedrock(region: str) -> str:
    runtime = boto3.client("bedrock-runtime", region_name=region)
    resp = runtime.converse(
        modelId="anthropic.claude-3-5-haiku-20241022-v1:0",
        messages=[{"role": "user", "content": [{"text": PROMPT}]}],
        inferenceConfig={"maxTokens": 5},
    )
    return resp["output"]["message"]["content"][0]["text"]


def smoke_mistral() -> str:
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as mistral:
        parts = []
        for event in mistral.chat.stream(model="mistral-small-latest", messages=[{"role": "user", "content": PROMPT}]):
            delta = event.data.choices[0].delta.content
            if delta:
                parts.append(delta)
        return "".join(parts)


def smoke_litellm() -> str:
    resp = litellm.completion(
        model="litellm_proxy/gpt-4o-mini",
        api_base=os.environ.get("LITELLM_PROXY_URL", "http://localhost:4000"),
        api_key=os.environ.get("LITELLM_MASTER_KEY"),
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return resp.choices[0].message.content


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--region", default=os.getenv("AWS_REGION", "eu-west-1"))
    parser.add_argument("--skip", action="append", default=[])
    args = parser.parse_args()

    checks = {
        "bedrock": lambda: smoke_bedrock(args.region),
        "mistral": smoke_mistral,
        "litellm": smoke_litellm,
    }
    failed = 0
    for name, fn in checks.items():
        if name in args.skip:
            continue
        started = time.monotonic()
        try:
            out = fn()
            print(f"{name:8s} OK   {time.monotonic() - started:5.2f}s  {out!r}")
        except Exception as exc:
            failed += 1
            print(f"{name:8s} FAIL {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
