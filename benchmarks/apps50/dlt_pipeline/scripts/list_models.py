"""Print the models each configured vendor exposes (sanity check for config)."""
from __future__ import annotations

import boto3

from enrichment import get_anthropic_client, get_openai_client, settings


def main() -> None:
    print("== OpenAI ==")
    for m in get_openai_client().models.list():
        if m.id.startswith(("gpt-4o", "text-embedding")):
            print("  ", m.id)

    print("== Anthropic ==")
    for m in get_anthropic_client().models.list(limit=50):
        print("  ", m.id, m.display_name)

    print("== Bedrock ==")
    bedrock = boto3.client("bedrock", region_name=settings.bedrock_region())
    resp = bedrock.list_foundation_models(byOutputModality="TEXT")
    for summary in resp["modelSummaries"]:
        print("  ", summary["modelId"])


if __name__ == "__main__":
    main()
