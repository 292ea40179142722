#!/usr/bin/env python
"""Print the models each provider account can see (for updating bot configs)."""
from __future__ import annotations

import boto3

from botlib import get_anthropic_client, get_cohere_client, get_openai_client


def main() -> None:
    print("== OpenAI")
    for m in get_openai_client().models.list():
        print("  ", m.id)
    print("== Anthropic")
    for m in get_anthropic_client().models.list(limit=50):
        print("  ", m.id, m.display_name)
    print("== Cohere")
    for m in get_cohere_client().models.list(endpoint="chat").models:
        print("  ", m.name)
    print("== Bedrock")
    bedrock = boto3.client("bedrock", region_name="us-east-1")
    for m in bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        print("  ", m["modelId"])


if __name__ == "__main__":
    main()
