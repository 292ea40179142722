#!/usr/bin/env python
"""Ad-hoc eval: run the same prompts against every provider and dump a CSV.

Talks to the SDKs directly on purpose (we want raw latency, no gateway hop).
"""
from __future__ import annotations

import csv
import json
import sys
import time

import anthropic
import boto3
import cohere
from google import genai
from openai import OpenAI

PROMPTS = [
    "Explain idempotency keys in two sentences.",
    "Write a haiku about message queues.",
    "What is the capital of Australia? One word.",
]


def run_openai(client, prompt):
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content


def run_anthropic(client, prompt):
    r = client.messages.create(model="claude-3-5-haiku-20241022", max_tokens=300,
                               messages=[{"role": "user", "content": prompt}])
    return r.content[0].text


def run_google(client, prompt):
    return client.models.generate_content(model="gemini-2.0-flash", contents=prompt).text


def run_cohere(client, prompt):
    r = client.chat(model="command-r", messages=[{"role": "user", "content": prompt}])
    return r.message.content[0].text


def run_bedrock(client, prompt):
    body = json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 300,
        "messages": [{"role": "user", "content": prompt}],
    })
    r = client.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body)
    return json.loads(r["body"].read())["content"][0]["text"]


def main() -> int:
    runners = {
        "openai": (run_openai, OpenAI()),
        "anthropic": (run_anthropic, anthropic.Anthropic()),
        "google": (run_google, genai.Client()),
        "cohere": (run_cohere, cohere.ClientV2()),
        "bedrock": (run_bedrock, boto3.client("bedrock-runtime", region_name="us-east-1")),
    }
    writer = csv.writer(sys.stdout)
    writer.writerow(["provider", "prompt", "latency_ms", "answer"])
    for prompt in PROMPTS:
        for name, (fn, client) in runners.items():
            t0 = time.perf_counter()
            try:
                answer = fn(client, prompt)
            except Exception as exc:  # noqa: BLE001
                answer = f"ERROR: {exc}"
            writer.writerow([name, prompt, round((time.perf_counter() - t0) * 1000), answer])
    return 0


if __name__ == "__main__":
    sys.exit(main())
