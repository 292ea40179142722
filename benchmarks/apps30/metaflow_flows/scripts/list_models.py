#!/usr/bin/env python
"""Print the models each provider exposes to our keys (for updating config.py)."""
from __future__ import annotations

import boto3

from llmkit import get_anthropic_client, get_genai_client, get_openai_client
from llmkit.config import settings


def main() -> None:
    print("== openai")
    for m in get_openai_client().models.list():
        if m.id.startswith(("gpt-", "o", "text-embedding")):
            print("  ", m.id)

    print("== anthropic")
    for m in get_anthropic_client().models.list(limit=50):
        print("  ", m.id, m.display_name)

    print("== google")
    for m in get_genai_client().models.list():
        print("  ", m.name)

    print("== bedrock")
    bedrock = boto3.client("bedrock", region_name=settings.aws_region)
    summaries = bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    for s in summaries:
        print("  ", s["modelId"])


if __name__ == "__main__":
    main()
