#!/usr/bin/env python
"""Check that credentials for every provider work from this machine / worker.

By default only cheap, unbilled calls are made (list models). With --live each
provider also gets a one-line prompt.
"""
from __future__ import annotations

import argparse
import os
import sys
import traceback
from typing import Callable, Dict

import boto3
from google import genai
from mistralai import Mistral
from openai import AzureOpenAI

PROMPT = "Reply with the single word: pong"


def check_azure(live: bool) -> str:
    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-06-01",
    )
    models = client.models.list()
    return f"{len(list(models))} models visible"


def check_bedrock(live: bool) -> str:
    runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("BEDROCK_REGION", "us-west-2"))
    if not live:
        return "client ok"
    resp = runtime.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": PROMPT}]}],
        inferenceConfig={"maxTokens": 5},
    )
    return resp["output"]["message"]["content"][0]["text"]


def check_mistral(live: bool) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    if not live:
        return f"{len(client.models.list().data or [])} models visible"
    res = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": PROMPT}],
                               max_tokens=5)
    return res.choices[0].message.content


def check_vertex(live: bool) -> str:
    client = genai.Client(vertexai=True, project=os.environ.get("GCP_PROJECT", "acme-data-ml"),
                          location="us-central1")
    if not live:
        return "client ok"
    response = client.models.generate_content(model="gemini-1.5-flash-002", contents=PROMPT)
    return response.text


CHECKS: Dict[str, Callable[[bool], str]] = {
    "azure": check_azure,
    "bedrock": check_bedrock,
    "mistral": check_mistral,
    "vertex": check_vertex,
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--live", action="store_true", help="send a one-line prompt to each provider")
    ap.add_argument("--only", choices=sorted(CHECKS), action="append")
    args = ap.parse_args()

    failed = 0
    for name in args.only or sorted(CHECKS):
        try:
            print(f"{name:8s} OK   {CHECKS[name](args.live)}")
        except Exception:  # noqa: BLE001
            failed += 1
            print(f"{name:8s} FAIL")
            traceback.print_exc(limit=2)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
