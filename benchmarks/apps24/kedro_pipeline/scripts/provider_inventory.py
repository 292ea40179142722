"""Print which models each provider key can see, and the estimated cost of a full run.

Nothing here runs a model: listing models, counting tokens and uploading the batch input
file are all free.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import boto3
import pandas as pd

from catalog_enrichment.llm import get_anthropic_client, get_mistral_client, get_openai_client
from catalog_enrichment.llm.costs import count_tokens_anthropic, estimate_prompt_batch
from catalog_enrichment.llm.prompts import DESCRIPTION_USER, render


def list_models() -> dict[str, list[str]]:
    inventory: dict[str, list[str]] = {}
    inventory["openai"] = sorted(m.id for m in get_openai_client().models.list())
    inventory["anthropic"] = [m.id for m in get_anthropic_client().models.list(limit=50)]
    inventory["mistral"] = [m.id for m in get_mistral_client().models.list().data or []]
    bedrock = boto3.client("bedrock", region_name="eu-west-1")
    summaries = bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    inventory["bedrock"] = [s["modelId"] for s in summaries]
    return inventory


def estimate_full_run(products_path: Path) -> None:
    products = pd.read_parquet(products_path)
    prompts = [
        render(DESCRIPTION_USER, title=t, brand=b, category=c, attributes="{}")
        for t, b, c in zip(products["title"], products["brand"], products["category"])
    ]
    for model in ("gpt-4o-mini", "claude-3-5-sonnet-20241022", "mistral-large-latest"):
        est = estimate_prompt_batch(prompts, model)
        print(f"{model:<32} in={est.input_tokens:>10,} out={est.output_tokens:>10,} ~${est.usd:,.2f}")
    sample = [{"role": "user", "content": prompts[0]}] if prompts else []
    if sample:
        exact = count_tokens_anthropic(get_anthropic_client(), sample, "claude-3-5-sonnet-20241022")
        print(f"anthropic exact count for first prompt: {exact}")


def upload_batch_input(jsonl_path: Path) -> str:
    """Uploads the prepared OpenAI batch input; submitting the batch is a manual step."""
    client = get_openai_client()
    with jsonl_path.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    return uploaded.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=Path, default=Path("data/02_intermediate/clean_products.parquet"))
    parser.add_argument("--upload", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    inventory = list_models()
    if args.json:
        print(json.dumps(inventory, indent=2))
    else:
        for provider, models in inventory.items():
            print(f"{provider}: {len(models)} models")
    estimate_full_run(args.products)
    if args.upload:
        print("uploaded", upload_batch_input(args.upload))


if __name__ == "__main__":
    main()
