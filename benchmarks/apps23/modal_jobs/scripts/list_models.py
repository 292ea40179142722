#!/usr/bin/env python
"""Print which models each provider key can see. Handy when a job 404s on a model name."""
from __future__ import annotations

import boto3

from common.config import settings
from providers import get_anthropic, get_genai, get_groq, get_openai, get_xai


def main() -> None:
    print("== openai")
    for m in get_openai().models.list():
        if m.id.startswith(("gpt-", "whisper", "text-embedding", "tts", "omni")):
            print("  ", m.id)

    print("== anthropic")
    for m in get_anthropic().models.list(limit=50):
        print("  ", m.id, m.display_name)

    print("== gemini")
    for m in get_genai().models.list():
        print("  ", m.name)

    print("== xai")
    for m in get_xai().models.list():
        print("  ", m.id)

    print("== groq")
    for m in get_groq().models.list().data:
        print("  ", m.id)

    print("== bedrock (anthropic)")
    bedrock = boto3.client("bedrock", region_name=settings.aws_region)
    for s in bedrock.list_foundation_models(byProvider="Anthropic")["modelSummaries"]:
        print("  ", s["modelId"])


if __name__ == "__main__":
    main()
