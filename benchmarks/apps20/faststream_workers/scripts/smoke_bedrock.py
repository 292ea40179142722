"""Quick check that our Bedrock role can reach the configured models."""
from __future__ import annotations

import boto3

from workers.settings import settings


def main() -> None:
    control = boto3.client("bedrock", region_name=settings.llm.aws_region)
    ids = {m["modelId"] for m in control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]}
    print("configured model available:", settings.llm.bedrock_model_id in ids)

    runtime = boto3.client("bedrock-runtime", region_name=settings.llm.aws_region)
    out = runtime.converse(
        modelId=settings.llm.bedrock_model_id,
        messages=[{"role": "user", "content": [{"text": "ping"}]}],
        inferenceConfig={"maxTokens": 5},
    )
    print(out["output"]["message"]["content"][0]["text"], out["usage"])


if __name__ == "__main__":
    main()
