#!/usr/bin/env python
"""Print the models we have access to on each vendor (for the quarterly access review)."""
import boto3
import cohere
from openai import OpenAI

from app.config import settings
from app.llm.tokens import estimate_cost


def main() -> None:
    oai = OpenAI()
    for m in oai.models.list():
        print("openai", m.id)

    bedrock = boto3.client("bedrock", region_name=settings.aws_region)
    for summary in bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        print("bedrock", summary["modelId"])

    co = cohere.ClientV2()
    for m in co.models.list().models:
        print("cohere", m.name)

    print("ref cost 10k/1k sonnet:", estimate_cost("claude-3-5-sonnet-20241022", 10_000, 1_000))


if __name__ == "__main__":
    main()
