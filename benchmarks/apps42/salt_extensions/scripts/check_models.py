#!/usr/bin/env python3
"""
Print which models each configured key can see. Run before bumping model
names in pillar. No inference calls.
"""
import os
import sys

import anthropic
import boto3
from openai import OpenAI


def main():
    rc = 0
    if os.environ.get("OPENAI_API_KEY"):
        oa = OpenAI()
        print("openai:", ", ".join(sorted(m.id for m in oa.models.list())[:40]))
    if os.environ.get("ANTHROPIC_API_KEY"):
        ac = anthropic.Anthropic()
        print("anthropic:", ", ".join(m.id for m in ac.models.list(limit=50)))
    try:
        br = boto3.client("bedrock", region_name=os.environ.get("AWS_REGION", "us-east-1"))
        summaries = br.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
        print("bedrock:", ", ".join(s["modelId"] for s in summaries))
    except Exception as exc:  # pylint: disable=broad-except
        print("bedrock: unavailable ({})".format(exc), file=sys.stderr)
        rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main())
