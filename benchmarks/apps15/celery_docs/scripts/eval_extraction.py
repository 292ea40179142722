#!/usr/bin/env python
"""Offline comparison of invoice header extraction across models.

Reads a labelled sample (JSONL: {"text": ..., "expected": {...}}) and prints
field-level accuracy per model. Not part of the deployed image.
"""
import argparse
import json
import os
import statistics
from typing import Dict, List

import boto3
from anthropic import AnthropicBedrock
from openai import AzureOpenAI

FIELDS = ["supplier_name", "invoice_number", "invoice_date", "currency", "net_amount", "vat_amount", "gross_amount"]

PROMPT = (
    "Extract these fields from the invoice as a flat JSON object: " + ", ".join(FIELDS)
    + ". Dates in ISO 8601, amounts as numbers. JSON only."
)


def load_samples(path: str) -> List[Dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(pred: Dict, expected: Dict) -> float:
    hits = 0
    for f in FIELDS:
        a, b = pred.get(f), expected.get(f)
        if isinstance(b, (int, float)) and isinstance(a, (int, float)):
            hits += abs(a - b) < 0.011
        else:
            hits += str(a).strip().lower() == str(b).strip().lower()
    return hits / len(FIELDS)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("samples")
    ap.add_argument("--claude-model", default="eu.anthropic.claude-3-7-sonnet-20250219-v1:0")
    ap.add_argument("--azure-deployment", default="gpt-4o-docintel")
    ap.add_argument("--nova-model", default="eu.amazon.nova-pro-v1:0")
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args()

    claude = AnthropicBedrock(aws_region=os.environ.get("BEDROCK_REGION", "eu-central-1"))
    azure = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-10-21",
    )
    runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("BEDROCK_REGION", "eu-central-1"))

    scores: Dict[str, List[float]] = {"claude": [], "azure": [], "nova": []}
    for sample in load_samples(args.samples)[: args.limit]:
        msg = claude.messages.create(
            model=args.claude_model,
            max_tokens=800,
            system=PROMPT,
            messages=[{"role": "user", "content": sample["text"]}],
        )
        try:
            scores["claude"].append(score(json.loads(msg.content[0].text), sample["expected"]))
        except ValueError:
            scores["claude"].append(0.0)

        resp = azure.chat.completions.create(
            model=args.azure_deployment,
            response_format={"type": "json_object"},
            messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": sample["text"]}],
            temperature=0,
        )
        scores["azure"].append(score(json.loads(resp.choices[0].message.content), sample["expected"]))

        out = runtime.converse(
            modelId=args.nova_model,
            system=[{"text": PROMPT}],
            messages=[{"role": "user", "content": [{"text": sample["text"]}]}],
            inferenceConfig={"maxTokens": 800, "temperature": 0},
        )
        try:
            nova_json = json.loads(out["output"]["message"]["content"][0]["text"])
            scores["nova"].append(score(nova_json, sample["expected"]))
        except (ValueError, KeyError, IndexError):
            scores["nova"].append(0.0)

    for name, values in scores.items():
        print(f"{name:8s} n={len(values):4d} mean={statistics.mean(values):.3f}")


if __name__ == "__main__":
    main()
