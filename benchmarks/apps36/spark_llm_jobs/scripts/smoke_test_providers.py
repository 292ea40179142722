"""One tiny request per provider, run from the CI runner after credentials rotate.

python scripts/smoke_test_providers.py [--only openai,anthropic]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import anthropic
import boto3
from google import genai
from openai import AzureOpenAI, OpenAI
from together import Together

PING = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PING}], max_tokens=5)
    return r.choices[0].message.content


def check_azure() -> str:
    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_version="2024-06-01",
    )
    r = client.chat.completions.create(
        model=os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini-prod"),
        messages=[{"role": "user", "content": PING}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_anthropic() -> str:
    r = anthropic.Anthropic().messages.create(
        model="claude-3-5-haiku-20241022", max_tokens=5, messages=[{"role": "user", "content": PING}]
    )
    return r.content[0].text


def check_google() -> str:
    client = genai.Client(vertexai=True, project=os.environ["GOOGLE_CLOUD_PROJECT"], location="us-central1")
    return client.models.generate_content(model="gemini-1.5-flash-002", contents=PING).text


def check_bedrock() -> str:
    rt = boto3.client("bedrock-runtime", region_name="us-east-1")
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 5,
        "messages": [{"role": "user", "content": PING}],
    }
    r = rt.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=json.dumps(body))
    return json.loads(r["body"].read())["content"][0]["text"]


def check_together() -> str:
    r = Together().chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=[{"role": "user", "content": PING}], max_tokens=5
    )
    return r.choices[0].message.content


CHECKS = {
    "openai": check_openai,
    "azure": check_azure,
    "anthropic": check_anthropic,
    "google": check_google,
    "bedrock": check_bedrock,
    "together": check_together,
}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--only", default=",".join(CHECKS))
    args = p.parse_args()
    failed = 0
    for name in args.only.split(","):
        t0 = time.time()
        try:
            out = CHECKS[name]()
            print(f"[ok]   {name:10s} {time.time() - t0:5.2f}s {out!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"[fail] {name:10s} {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
