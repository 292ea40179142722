#!/usr/bin/env python
"""Ping every provider once before a nightly run (cheap, tiny prompts)."""
import json
import os
import sys

import boto3
import cohere
from cerebras.cloud.sdk import Cerebras
from openai import OpenAI

PING = "Reply with the single word: pong"


def ping_openai():
    client = OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": PING}], max_tokens=5
    )
    return r.choices[0].message.content


def ping_fireworks():
    client = OpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key=os.environ["FIREWORKS_API_KEY"])
    r = client.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": PING}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def ping_cerebras():
    r = Cerebras().chat.completions.create(
        model="llama3.1-8b", messages=[{"role": "user", "content": PING}]
    )
    return r.choices[0].message.content


def ping_cohere():
    co = cohere.ClientV2()
    r = co.chat(model="command-r-08-2024", messages=[{"role": "user", "content": PING}])
    return r.message.content[0].text


def ping_bedrock():
    brt = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    r = brt.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": PING}]}],
    )
    return r["output"]["message"]["content"][0]["text"]


CHECKS = {
    "openai": ping_openai,
    "fireworks": ping_fireworks,
    "cerebras": ping_cerebras,
    "cohere": ping_cohere,
    "bedrock": ping_bedrock,
}


def main(argv):
    wanted = argv[1:] or list(CHECKS)
    status = {}
    for name in wanted:
        try:
            status[name] = "ok" if "pong" in CHECKS[name]().lower() else "unexpected"
        except Exception as exc:  # noqa: BLE001
            status[name] = f"error: {exc.__class__.__name__}"
    print(json.dumps(status, indent=2))
    return 0 if all(v == "ok" for v in status.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
