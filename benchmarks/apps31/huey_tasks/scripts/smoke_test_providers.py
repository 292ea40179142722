#!/usr/bin/env python
"""Hit every provider once with a trivial prompt. Run after rotating keys.

Intentionally builds its own clients so it does not depend on app config.
"""
import json
import os
import sys

import anthropic
import boto3
import cohere
from mistralai import Mistral
from openai import OpenAI

PROMPT = "Reply with the single word: pong"


def check_openai():
    client = OpenAI()
    r = client.responses.create(model="gpt-4o-mini", input=PROMPT, max_output_tokens=16)
    return r.output_text


def check_anthropic():
    client = anthropic.Anthropic()
    m = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=10, messages=[{"role": "user", "content": PROMPT}]
    )
    return m.content[0].text


def check_mistral():
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        r = client.chat.complete(
            model="mistral-small-latest", messages=[{"role": "user", "content": PROMPT}]
        )
    return r.choices[0].message.content


def check_cohere():
    co = cohere.ClientV2()
    r = co.chat(model="command-r-08-2024", messages=[{"role": "user", "content": PROMPT}])
    return r.message.content[0].text


def check_deepseek():
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    r = client.chat.completions.create(
        model="deepseek-chat", messages=[{"role": "user", "content": PROMPT}], max_tokens=5
    )
    return r.choices[0].message.content


def check_bedrock():
    rt = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    out = rt.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": PROMPT}]}],
        inferenceConfig={"maxTokens": 10},
    )
    return out["output"]["message"]["content"][0]["text"]


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "mistral": check_mistral,
    "cohere": check_cohere,
    "deepseek": check_deepseek,
    "bedrock": check_bedrock,
}


def main(selected):
    results = {}
    for name in selected or CHECKS:
        try:
            results[name] = {"ok": True, "reply": CHECKS[name]()}
        except Exception as exc:  # report, keep going
            results[name] = {"ok": False, "error": repr(exc)[:200]}
    print(json.dumps(results, indent=2))
    return 0 if all(r["ok"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
