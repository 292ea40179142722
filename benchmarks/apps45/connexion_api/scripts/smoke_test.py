#!/usr/bin/env python
"""Post-deploy smoke test: one cheap call per configured provider."""
import os
import sys

import boto3
import voyageai
from openai import AzureOpenAI

from app.services.cost import CostCalculator, estimate_tokens


def check_azure():
    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-06-01",
    )
    r = client.chat.completions.create(
        model=os.environ.get("AZURE_CHAT_DEPLOYMENT", "gpt-4o-prod"),
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    return r.usage.total_tokens


def check_bedrock():
    brt = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    r = brt.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": "ping"}]}],
        inferenceConfig={"maxTokens": 1},
    )
    return r["usage"]["totalTokens"]


def check_voyage():
    vo = voyageai.Client()
    return vo.count_tokens(["ping"], model="voyage-3")


def main():
    calc = CostCalculator()
    failures = 0
    for name, fn in [("azure", check_azure), ("bedrock", check_bedrock), ("voyage", check_voyage)]:
        try:
            tokens = fn()
            print(f"{name}: ok ({tokens} tokens, ~${calc.completion_cost('gpt-4o-mini', tokens, 0)})")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"{name}: FAILED {exc}")
    print("estimate for 'ping':", estimate_tokens("ping"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
