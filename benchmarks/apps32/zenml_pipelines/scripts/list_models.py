"""Print which models each provider account can see. Handy when a key is rotated."""

from __future__ import annotations

import boto3

from config.settings import get_settings
from llm import get_anthropic_client, get_genai_client, get_mistral_client, get_openai_client


def main() -> None:
    print("openai:")
    for m in get_openai_client().models.list():
        print("  ", m.id)

    print("anthropic:")
    for m in get_anthropic_client().models.list(limit=50):
        print("  ", m.id)

    print("mistral:")
    for m in get_mistral_client().models.list().data:
        print("  ", m.id)

    print("google:")
    for m in get_genai_client().models.list():
        print("  ", m.name)

    print("bedrock:")
    control = boto3.client("bedrock", region_name=get_settings().aws_region)
    for s in control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        print("  ", s["modelId"])


if __name__ == "__main__":
    main()
