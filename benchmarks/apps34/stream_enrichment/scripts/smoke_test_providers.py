#!/usr/bin/env python
"""Ping every provider with a tiny request. Run after rotating keys.

    python scripts/smoke_test_providers.py --only cohere,bedrock
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import boto3
import cohere
import voyageai
from google import genai
from openai import AzureOpenAI, OpenAI

PROMPT = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI(api_key=os.environ["ENRICH_OPENAI_API_KEY"])
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}], max_tokens=5)
    return r.choices[0].message.content


def check_azure() -> str:
    client = AzureOpenAI(
        azure_endpoint=os.environ["ENRICH_AZURE_ENDPOINT"],
        api_key=os.environ["ENRICH_AZURE_API_KEY"],
        api_version="2024-06-01",
    )
    r = client.chat.completions.create(
        model=os.environ.get("ENRICH_AZURE_DEPLOYMENT", "gpt-4o-enrich"),
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_cohere() -> str:
    co = cohere.ClientV2(api_key=os.environ["ENRICH_COHERE_API_KEY"])
    out = []
    for event in co.chat_stream(model="command-r-08-2024", messages=[{"role": "user", "content": PROMPT}]):
        if event.type == "content-delta":
            out.append(event.delta.message.content.text)
    return "".join(out)


def check_voyage() -> str:
    vo = voyageai.Client(api_key=os.environ["ENRICH_VOYAGE_API_KEY"])
    r = vo.embed(["pong"], model="voyage-3")
    return f"dim={len(r.embeddings[0])} tokens={r.total_tokens}"


def check_gemini() -> str:
    client = genai.Client(api_key=os.environ["ENRICH_GEMINI_API_KEY"])
    return client.models.generate_content(model="gemini-2.0-flash", contents=PROMPT).text


def check_bedrock() -> str:
    brt = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    r = brt.converse(
        modelId="anthropic.claude-3-5-haiku-20241022-v1:0",
        messages=[{"role": "user", "content": [{"text": PROMPT}]}],
        inferenceConfig={"maxTokens": 5},
    )
    return r["output"]["message"]["content"][0]["text"]


CHECKS = {
    "openai": check_openai,
    "azure": check_azure,
    "cohere": check_cohere,
    "voyage": check_voyage,
    "gemini": check_gemini,
    "bedrock": check_bedrock,
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default=",".join(CHECKS))
    args = ap.parse_args()
    failed = 0
    for name in args.only.split(","):
        t0 = time.perf_counter()
        try:
            res = CHECKS[name]()
            print(f"[ok]   {name:8s} {time.perf_counter() - t0:5.2f}s  {res!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"[FAIL] {name:8s} {exc!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
