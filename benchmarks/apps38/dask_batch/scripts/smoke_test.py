"""Hit every provider once with a tiny prompt. Run after rotating keys:

    python scripts/smoke_test.py --all
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import boto3
from openai import OpenAI
from together import Together

from enrich.lib import build_client

PROMPT = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT}],
        stream=True,
        max_tokens=5,
    )
    return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)


def check_openai_responses() -> str:
    client = OpenAI()
    resp = client.responses.create(model="gpt-4o-mini", input=PROMPT, max_output_tokens=16)
    return resp.output_text


def check_fireworks() -> str:
    fw = OpenAI(api_key=os.environ["FIREWORKS_API_KEY"], base_url="https://api.fireworks.ai/inference/v1")
    r = fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_together() -> str:
    r = Together().chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_bedrock() -> str:
    rt = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    resp = rt.converse_stream(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": PROMPT}]}],
        inferenceConfig={"maxTokens": 5},
    )
    out = []
    for ev in resp["stream"]:
        out.append(ev.get("contentBlockDelta", {}).get("delta", {}).get("text", ""))
    return "".join(out)


def check_hf() -> str:
    hf = build_client("hf")
    r = hf.chat_completion(
        messages=[{"role": "user", "content": PROMPT}],
        model="meta-llama/Meta-Llama-3-8B-Instruct",
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_fireworks_registry() -> str:
    """Same factory path the worker plugin uses."""
    client = build_client("fireworks")
    r = client.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


CHECKS = {
    "openai": check_openai,
    "openai-responses": check_openai_responses,
    "fireworks": check_fireworks,
    "together": check_together,
    "bedrock": check_bedrock,
    "hf": check_hf,
    "fireworks-registry": check_fireworks_registry,
}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("names", nargs="*")
    p.add_argument("--all", action="store_true")
    a = p.parse_args()
    names = list(CHECKS) if a.all else a.names
    failed = 0
    for name in names:
        t0 = time.perf_counter()
        try:
            out = CHECKS[name]()
            print(f"OK   {name:20s} {time.perf_counter() - t0:5.2f}s {out!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"FAIL {name:20s} {type(exc).__name__}: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
