#!/usr/bin/env python
"""Print the models each configured key can see, and rough prompt sizes.

Useful when a vendor deprecates a model: run this before bumping config.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import boto3  # noqa: E402

from ai import (  # noqa: E402
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
)
from ai.prompts import INSIGHT_SYSTEM  # noqa: E402
from config import get_settings  # noqa: E402

settings = get_settings()


def main() -> int:
    print("== OpenAI")
    for m in get_openai_client().models.list():
        print("  ", m.id)

    print("== Anthropic")
    anthropic_client = get_anthropic_client()
    for m in anthropic_client.models.list():
        print("  ", m.id, m.display_name)
    count = anthropic_client.messages.count_tokens(
        model=settings.models.anthropic,
        system=INSIGHT_SYSTEM,
        messages=[{"role": "user", "content": "hello"}],
    )
    print("   system prompt tokens:", count.input_tokens)

    print("== Gemini")
    genai_client = get_genai_client()
    for m in genai_client.models.list():
        print("  ", m.name)
    tokens = genai_client.models.count_tokens(model=settings.models.gemini, contents=INSIGHT_SYSTEM)
    print("   system prompt tokens:", tokens.total_tokens)

    print("== Mistral")
    for m in get_mistral_client().models.list().data or []:
        print("  ", m.id)

    print("== Bedrock")
    control = boto3.client("bedrock", region_name=settings.aws_region)
    for summary in control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        print("  ", summary["modelId"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
