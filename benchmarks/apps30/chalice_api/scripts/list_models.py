#!/usr/bin/env python
"""Print the models each configured provider currently exposes."""
import os

import boto3
import cohere
from openai import OpenAI
from together import Together


def main():
    bedrock = boto3.client("bedrock", region_name=os.environ.get("BEDROCK_REGION", "us-east-1"))
    for m in bedrock.list_foundation_models()["modelSummaries"]:
        print("bedrock   ", m["modelId"])
    for m in OpenAI().models.list():
        print("openai    ", m.id)
    for m in Together().models.list():
        print("together  ", m.id)
    co = cohere.ClientV2()
    for m in co.models.list().models:
        print("cohere    ", m.name)


if __name__ == "__main__":
    main()
