"""Print the models each provider exposes to our keys (no inference)."""
from __future__ import annotations

import boto3
import litellm

from llm import get_openai_client, get_together_client


def main() -> None:
    print("# openai")
    for m in get_openai_client().models.list():
        print(" ", m.id)
    print("# together")
    for m in get_together_client().models.list():
        print(" ", m.id, getattr(m, "type", ""))
    print("# bedrock")
    bedrock = boto3.client("bedrock")
    for s in bedrock.list_foundation_models()["modelSummaries"]:
        print(" ", s["modelId"])
    print("# litellm cost map entries:", len(litellm.model_cost))


if __name__ == "__main__":
    main()
