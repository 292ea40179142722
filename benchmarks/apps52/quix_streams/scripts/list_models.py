#!/usr/bin/env python
"""Print the models each provider account can see. No inference calls."""
from __future__ import annotations

import boto3

from app.config import get_settings
from app.enrich.clients import get_anthropic, get_openai, get_together


def main() -> None:
    settings = get_settings()
    print("# openai")
    for m in get_openai().models.list():
        print(" ", m.id)
    print("# anthropic")
    for m in get_anthropic().models.list(limit=50):
        print(" ", m.id)
    print("# together")
    for m in get_together().models.list():
        print(" ", m.id)
    print("# bedrock")
    bedrock = boto3.client("bedrock", region_name=settings.aws_region)
    for s in bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        print(" ", s["modelId"])


if __name__ == "__main__":
    main()
