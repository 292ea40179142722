#!/usr/bin/env python
"""Smoke-test every configured provider with a one-token prompt.

Standalone on purpose (no Django): run it from the worker image after a
credential rotation.   python scripts/smoke_test_providers.py --only bedrock
"""

import argparse
import os
import sys
import time

import anthropic
import boto3
import ollama
from mistralai import Mistral
from openai import OpenAI

PING = "Reply with the single word: pong"


def check_openai():
    client = OpenAI()
    available = {m.id for m in client.models.list()}
    model = "gpt-4o-mini" if "gpt-4o-mini" in available else sorted(available)[0]
    resp = client.responses.create(model=model, input=PING, max_output_tokens=16)
    return resp.output_text


def check_anthropic():
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model=os.environ.get("ANTHROPIC_MODEL", "claude-3-5-haiku-20241022"),
        max_tokens=10,
        messages=[{"role": "user", "content": PING}],
    )
    return msg.content[0].text


def check_bedrock():
    runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    resp = runtime.converse(
        modelId=os.environ.get("BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0"),
        messages=[{"role": "user", "content": [{"text": PING}]}],
        inferenceConfig={"maxTokens": 10},
    )
    return resp["output"]["message"]["content"][0]["text"]


def check_mistral():
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as mistral:
        res = mistral.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": PING}])
    return res.choices[0].message.content


def check_ollama():
    client = ollama.Client(host=os.environ.get("OLLAMA_HOST", "http://localhost:11434"))
    out = client.generate(model=os.environ.get("OLLAMA_MODEL", "llama3.1:8b"), prompt=PING)
    return out["response"]


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "bedrock": check_bedrock,
    "mistral": check_mistral,
    "ollama": check_ollama,
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=sorted(CHECKS), action="append")
    args = parser.parse_args(argv)
    failures = 0
    for name in args.only or sorted(CHECKS):
        started = time.monotonic()
        try:
            answer = CHECKS[name]()
            print(f"{name:10s} OK   {time.monotonic() - started:5.2f}s  {answer.strip()[:30]!r}")
        except Exception as exc:  # pylint: disable=broad-except
            failures += 1
            print(f"{name:10s} FAIL {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
