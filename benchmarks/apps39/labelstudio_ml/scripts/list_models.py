"""Print which models each provider account can see (sanity check for new envs)."""
import logging

import boto3

from common import get_genai_client, get_openai_client, settings
from common.clients import get_hf_client

logging.basicConfig(level=logging.INFO)


def main():
    print("== OpenAI")
    for m in get_openai_client().models.list():
        if m.id.startswith(("gpt-", "o1", "o3", "text-embedding")):
            print("  ", m.id)

    print("== Vertex (google-genai)")
    for m in get_genai_client().models.list(config={"page_size": 50}):
        print("  ", m.name)

    print("== Bedrock")
    bedrock = boto3.client("bedrock", region_name=settings.aws_region)
    for s in bedrock.list_foundation_models(byInferenceType="ON_DEMAND")["modelSummaries"]:
        print("  ", s["modelId"])

    print("== Hugging Face")
    hf = get_hf_client()
    print("  ", settings.hf_model, "->", hf.get_model_status(settings.hf_model).state)


if __name__ == "__main__":
    main()
