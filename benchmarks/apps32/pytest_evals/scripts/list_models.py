#!/usr/bin/env python
"""Print the models each provider exposes (used to update DEFAULT_MODELS)."""
import boto3

from evalkit.providers import make_anthropic_client, make_genai_client, make_openai_client


def main():
    print("## openai")
    for m in make_openai_client().models.list():
        print(" ", m.id)
    print("## anthropic")
    for m in make_anthropic_client().models.list(limit=50):
        print(" ", m.id)
    print("## google")
    for m in make_genai_client().models.list():
        print(" ", m.name)
    print("## bedrock")
    bedrock = boto3.client("bedrock", region_name="us-east-1")
    for s in bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        print(" ", s["modelId"])


if __name__ == "__main__":
    main()
