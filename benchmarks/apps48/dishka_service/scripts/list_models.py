#!/usr/bin/env python
"""Print which models each configured vendor exposes to our keys."""
from __future__ import annotations

import os

import boto3
from mistralai import Mistral
from openai import OpenAI


def main() -> None:
    oai = OpenAI()
    print("openai:", sorted(m.id for m in oai.models.list()))
    mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    print("mistral:", [m.id for m in mistral.models.list().data or []])
    bedrock = boto3.client("bedrock", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    summaries = bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    print("bedrock:", [s["modelId"] for s in summaries])


if __name__ == "__main__":
    main()
