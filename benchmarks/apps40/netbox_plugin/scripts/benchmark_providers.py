#!/usr/bin/env python
"""Rough latency comparison across providers for the same summary prompt.

Not part of the plugin; run by hand when we reconsider the default provider.
"""
import os
import statistics
import time

import anthropic
import boto3
import cohere
import httpx
from openai import OpenAI

PROMPT = "Summarise: ams1-leaf-01, role leaf, platform eos, 48x25G, site AMS1, status active."
RUNS = int(os.environ.get("RUNS", "5"))


def timed(fn):
    samples = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def run_anthropic():
    client = anthropic.Anthropic()
    client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=200,
        messages=[{"role": "user", "content": PROMPT}],
    )


def run_openrouter_sdk():
    client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])
    client.chat.completions.create(
        model="meta-llama/llama-3.1-70b-instruct",
        messages=[{"role": "user", "content": PROMPT}],
    )


def run_openrouter_http():
    r = httpx.post(
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENROUTER_API_KEY']}"},
        json={"model": "mistralai/mistral-small", "messages": [{"role": "user", "content": PROMPT}]},
        timeout=60,
    )
    r.raise_for_status()


def run_bedrock():
    runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    runtime.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": PROMPT}]}],
    )


def run_cohere():
    co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])
    for _event in co.chat_stream(model="command-r", messages=[{"role": "user", "content": PROMPT}]):
        pass


def list_models():
    # sanity check that the key works; free
    return [m.id for m in OpenAI().models.list()]


if __name__ == "__main__":
    for name, fn in [
        ("anthropic", run_anthropic),
        ("openrouter-sdk", run_openrouter_sdk),
        ("openrouter-http", run_openrouter_http),
        ("bedrock", run_bedrock),
        ("cohere", run_cohere),
    ]:
        try:
            print(f"{name:16s} {timed(fn):.2f}s")
        except Exception as exc:  # noqa: BLE001
            print(f"{name:16s} failed: {exc}")
