#!/usr/bin/env python
"""Pre-deploy smoke test: can this task-manager image reach every provider?

Run inside the TM image:  python scripts/smoke_test_models.py --providers openai,anthropic
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import anthropic
import boto3
import cohere
import openai

FIREWORKS_URL = "https://api.fireworks.ai/inference/v1"


def check_openai() -> str:
    client = openai.OpenAI()
    models = [m.id for m in client.models.list()]
    assert "gpt-4o-mini" in models, "gpt-4o-mini not visible to this key"
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    return r.model


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    r = client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=1,
        messages=[{"role": "user", "content": "ping"}],
    )
    return r.model


def check_bedrock() -> str:
    rt = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    r = rt.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": "ping"}]}],
        inferenceConfig={"maxTokens": 1},
    )
    return r["stopReason"]


def check_cohere() -> str:
    co = cohere.ClientV2()
    r = co.embed(texts=["ping"], model="embed-english-v3.0", input_type="search_query", embedding_types=["float"])
    return str(len(r.embeddings.float_[0]))


def check_fireworks() -> str:
    fw = openai.OpenAI(base_url=FIREWORKS_URL, api_key=os.environ["FIREWORKS_API_KEY"])
    r = fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    return r.model


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "bedrock": check_bedrock,
    "cohere": check_cohere,
    "fireworks": check_fireworks,
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--providers", default=",".join(CHECKS))
    args = ap.parse_args()
    failed = 0
    for name in args.providers.split(","):
        t0 = time.perf_counter()
        try:
            detail = CHECKS[name]()
            print(f"OK   {name:10s} {detail} ({(time.perf_counter() - t0) * 1000:.0f} ms)")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"FAIL {name:10s} {exc!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
