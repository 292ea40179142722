"""Print the models each provider account can see. Handy when a job fails
with 'model not found'."""
from __future__ import annotations

import argparse

import boto3
from huggingface_hub import HfApi

from enrich.lib import get_fireworks, get_openai, get_together


def openai_models() -> list[str]:
    return sorted(m.id for m in get_openai().models.list())


def fireworks_models() -> list[str]:
    return sorted(m.id for m in get_fireworks().models.list())


def together_models() -> list[str]:
    return sorted(m.id for m in get_together().models.list() if m.type in ("chat", "embedding", "rerank"))


def bedrock_models(region: str) -> list[str]:
    control = boto3.client("bedrock", region_name=region)
    resp = control.list_foundation_models(byOutputModality="TEXT")
    return sorted(s["modelId"] for s in resp["modelSummaries"])


def hf_models(author: str = "meta-llama") -> list[str]:
    api = HfApi()
    return [m.id for m in api.list_models(author=author, pipeline_tag="text-generation", limit=50)]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("provider", choices=["openai", "fireworks", "together", "bedrock", "hf"])
    p.add_argument("--region", default="us-east-1")
    a = p.parse_args()
    fn = {
        "openai": openai_models,
        "fireworks": fireworks_models,
        "together": together_models,
        "bedrock": lambda: bedrock_models(a.region),
        "hf": hf_models,
    }[a.provider]
    for name in fn():
        print(name)


if __name__ == "__main__":
    main()
