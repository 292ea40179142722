"""One tiny request per provider, to check keys/quotas after a rotation.

Deliberately self-contained (no imports from the package) so it can run from the
ops container where only the SDKs are installed.

    python scripts/smoke_test_providers.py --only bedrock,azure
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import boto3
import litellm
import requests
from huggingface_hub import InferenceClient
from openai import AzureOpenAI
from together import Together

PING = "Reply with the single word: pong"
RESULTS: dict[str, str] = {}


def _timed(name):
    def deco(fn):
        def wrapper():
            started = time.perf_counter()
            try:
                detail = fn()
                RESULTS[name] = f"ok ({time.perf_counter() - started:.1f}s) {detail}"
            except Exception as exc:  # noqa: BLE001
                RESULTS[name] = f"FAIL {type(exc).__name__}: {exc}"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


@_timed("azure")
def check_azure():
    az = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-08-01-preview",
    )
    r = az.chat.completions.create(
        model=os.getenv("AZURE_SMOKE_DEPLOYMENT", "gpt-4o-mini-eu"),
        messages=[{"role": "user", "content": PING}],
        max_tokens=3,
    )
    return r.choices[0].message.content


@_timed("anthropic-http")
def check_anthropic_http():
    # plain HTTP on purpose: this is also what the ops proxy health-check does
    resp = requests.post(
        "https://api.anthropic.com/v1/messages",
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={"model": "claude-3-5-haiku-20241022", "max_tokens": 5, "messages": [{"role": "user", "content": PING}]},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


@_timed("bedrock")
def check_bedrock():
    rt = boto3.client("bedrock-runtime", region_name=os.getenv("BEDROCK_REGION", "eu-west-1"))
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 5,
        "messages": [{"role": "user", "content": PING}],
    }
    resp = rt.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=json.dumps(body))
    return json.loads(resp["body"].read())["content"][0]["text"]


@_timed("mistral-via-litellm")
def check_mistral():
    r = litellm.completion(model="mistral/mistral-small-latest", messages=[{"role": "user", "content": PING}], max_tokens=3)
    return r.choices[0].message.content


@_timed("together")
def check_together():
    tg = Together()
    r = tg.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": PING}],
        max_tokens=3,
    )
    return r.choices[0].message.content


@_timed("huggingface")
def check_hf():
    hf = InferenceClient(provider="hf-inference", api_key=os.environ["HF_TOKEN"])
    r = hf.chat.completions.create(
        model="HuggingFaceH4/zephyr-7b-beta",
        messages=[{"role": "user", "content": PING}],
        max_tokens=3,
    )
    return r.choices[0].message.content


CHECKS = {
    "azure": check_azure,
    "anthropic": check_anthropic_http,
    "bedrock": check_bedrock,
    "mistral": check_mistral,
    "together": check_together,
    "hf": check_hf,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(CHECKS))
    args = parser.parse_args()
    for name in args.only.split(","):
        CHECKS[name.strip()]()
    width = max(map(len, RESULTS)) if RESULTS else 0
    for name, result in RESULTS.items():
        print(f"{name:<{width}}  {result}")
    return 1 if any(r.startswith("FAIL") for r in RESULTS.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
