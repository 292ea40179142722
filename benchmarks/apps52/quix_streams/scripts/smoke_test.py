#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per provider, prints latency.

    python scripts/smoke_test.py --only openai,bedrock
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import httpx

from app.config import get_settings
from app.enrich import clients

PING = "Reply with the single word: pong"


def ping_openai() -> str:
    stream = clients.get_openai().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PING}],
        max_tokens=3,
        stream=True,
    )
    return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)


def ping_anthropic_raw() -> str:
    # goes around the SDK on purpose: checks the egress proxy allows the host
    resp = httpx.post(
        "https://api.anthropic.com/v1/messages",
        headers={
            "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
            "anthropic-version": "2023-06-01",
        },
        json={"model": "claude-3-5-haiku-latest", "max_tokens": 3, "messages": [{"role": "user", "content": PING}]},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


def ping_bedrock() -> str:
    model_id = get_settings().models.summarizer
    resp = clients.get_bedrock().converse(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": PING}]}],
        inferenceConfig={"maxTokens": 3},
    )
    return resp["output"]["message"]["content"][0]["text"]


def ping_voyage() -> str:
    r = clients.get_voyage().embed(["pong"], model="voyage-3-lite")
    return f"dim={len(r.embeddings[0])}"


def ping_together() -> str:
    r = clients.get_together().chat.completions.create(
        model="meta-llama/Llama-3.2-3B-Instruct-Turbo",
        messages=[{"role": "user", "content": PING}],
        max_tokens=3,
    )
    return r.choices[0].message.content


def ping_vector_store() -> str:
    r = httpx.get(f"{get_settings().vector_store_url}/collections", timeout=5)
    return str(r.status_code)


CHECKS = {
    "openai": ping_openai,
    "anthropic": ping_anthropic_raw,
    "bedrock": ping_bedrock,
    "voyage": ping_voyage,
    "together": ping_together,
    "qdrant": ping_vector_store,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(CHECKS))
    args = parser.parse_args()
    failed = 0
    for name in args.only.split(","):
        start = time.perf_counter()
        try:
            result = CHECKS[name]()
            status = "ok"
        except Exception as exc:  # noqa: BLE001
            result, status = repr(exc), "FAIL"
            failed += 1
        print(f"{name:10s} {status:4s} {(time.perf_counter() - start) * 1000:7.0f}ms  {result}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
