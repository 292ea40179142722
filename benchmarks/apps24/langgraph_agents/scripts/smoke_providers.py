#!/usr/bin/env python
"""Pings every provider with a 1-token request. Used in the deploy pipeline.

Deliberately builds its own clients so it tests the raw credentials, not our wiring.
"""
from __future__ import annotations

import os
import sys
import time

import anthropic
import boto3
import cohere
from cerebras.cloud.sdk import Cerebras
from mistralai import Mistral
from openai import OpenAI

PING = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    ids = {m.id for m in client.models.list()}
    return "ok" if "gpt-4o-mini" in ids else "missing gpt-4o-mini"


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-20241022", max_tokens=5, messages=[{"role": "user", "content": PING}]
    )
    return msg.content[0].text


def check_mistral() -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    return ",".join(m.id for m in (client.models.list().data or [])[:3])


def check_cohere() -> str:
    co = cohere.ClientV2()
    res = co.chat(model="command-r-08-2024", messages=[{"role": "user", "content": PING}], max_tokens=5)
    return res.message.content[0].text


def check_cerebras() -> str:
    client = Cerebras(api_key=os.environ["CEREBRAS_API_KEY"])
    res = client.chat.completions.create(
        model="llama3.1-8b", messages=[{"role": "user", "content": PING}], max_completion_tokens=5
    )
    return res.choices[0].message.content


def check_perplexity() -> str:
    client = OpenAI(api_key=os.environ["PPLX_API_KEY"], base_url="https://api.perplexity.ai")
    res = client.chat.completions.create(model="sonar", messages=[{"role": "user", "content": PING}], max_tokens=5)
    return res.choices[0].message.content


def check_bedrock() -> str:
    brt = boto3.client("bedrock-runtime", region_name=os.getenv("AWS_REGION", "us-east-1"))
    res = brt.converse(
        modelId="anthropic.claude-3-5-haiku-20241022-v1:0",
        messages=[{"role": "user", "content": [{"text": PING}]}],
        inferenceConfig={"maxTokens": 5},
    )
    return res["output"]["message"]["content"][0]["text"]


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "mistral": check_mistral,
    "cohere": check_cohere,
    "cerebras": check_cerebras,
    "perplexity": check_perplexity,
    "bedrock": check_bedrock,
}


def main(argv: list[str]) -> int:
    selected = argv or list(CHECKS)
    failures = 0
    for name in selected:
        started = time.perf_counter()
        try:
            out = CHECKS[name]()
            print(f"[ok]   {name:<11} {time.perf_counter() - started:5.2f}s  {out!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"[FAIL] {name:<11} {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
