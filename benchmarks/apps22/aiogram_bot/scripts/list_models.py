#!/usr/bin/env python
"""Print the models our keys can see (handy when a provider renames things)."""
from __future__ import annotations

import os

import boto3
import cohere
from google import genai
from openai import OpenAI


def main() -> None:
    print("== openai")
    for model in OpenAI().models.list():
        print("  ", model.id)

    print("== deepseek")
    deepseek = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    for model in deepseek.models.list():
        print("  ", model.id)

    print("== gemini")
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    for model in client.models.list():
        print("  ", model.name)

    print("== cohere")
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    for model in co.models.list().models:
        print("  ", model.name)

    print("== bedrock")
    control = boto3.client("bedrock", region_name=os.environ.get("AWS_REGION", "eu-central-1"))
    for summary in control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        print("  ", summary["modelId"])


if __name__ == "__main__":
    main()
