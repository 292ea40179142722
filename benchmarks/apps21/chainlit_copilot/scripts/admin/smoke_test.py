#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per provider. Run from the bastion.

Exit code is the number of failing providers.
"""
from __future__ import annotations

import json
import os
import sys
import time

import boto3
import requests
from anthropic import Anthropic

from copilot.config import settings
from copilot.providers import get_groq_sync, get_openai_sync

PING = [{"role": "user", "content": "Reply with the word pong."}]


def check_anthropic() -> str:
    client = Anthropic()
    msg = client.messages.create(model=settings.anthropic_fast_model, max_tokens=5, messages=PING)
    return msg.content[0].text


def check_openai() -> str:
    resp = get_openai_sync().chat.completions.create(model=settings.openai_mini_model, messages=PING, max_tokens=5)
    return resp.choices[0].message.content


def check_groq() -> str:
    groq = get_groq_sync()
    return groq.chat.completions.create(model="llama-3.1-8b-instant", messages=PING, max_tokens=5).choices[0].message.content


def check_bedrock() -> str:
    runtime = boto3.client("bedrock-runtime", region_name=settings.aws_region)
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 5,
        "messages": PING,
    }
    resp = runtime.invoke_model(modelId=settings.bedrock_model, body=json.dumps(body))
    return json.loads(resp["body"].read())["content"][0]["text"]


def check_openrouter() -> str:
    # plain HTTP on purpose: verifies the egress proxy allows openrouter.ai
    r = requests.post(
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENROUTER_API_KEY']}"},
        json={"model": settings.openrouter_model, "messages": PING, "max_tokens": 5},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def check_policy_admin() -> str:
    r = requests.get(f"{settings.policy_api_url}/health", timeout=5)
    return r.text


CHECKS = {
    "anthropic": check_anthropic,
    "openai": check_openai,
    "groq": check_groq,
    "bedrock": check_bedrock,
    "openrouter": check_openrouter,
    "policy-admin": check_policy_admin,
}


def main() -> int:
    failures = 0
    for name, fn in CHECKS.items():
        t0 = time.time()
        try:
            out = fn()
            print(f"OK   {name:<13} {time.time() - t0:5.2f}s {out!r}")
        except Exception as exc:
            failures += 1
            print(f"FAIL {name:<13} {exc}")
    return failures


if __name__ == "__main__":
    sys.exit(main())
