#!/usr/bin/env python
"""Inventory of models / files the operator's credentials can see (for the quarterly access review).

No inference calls here - listing and metadata only.
"""
from __future__ import annotations

import csv
import os
import sys

import boto3
from google import genai
from ibm_watsonx_ai import APIClient, Credentials


def bedrock_models(region: str):
    control = boto3.client("bedrock", region_name=region)
    for summary in control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        yield "bedrock", summary["modelId"], summary.get("inferenceTypesSupported", [])


def vertex_models(project: str, location: str):
    client = genai.Client(vertexai=True, project=project, location=location)
    for model in client.models.list():
        yield "google", model.name, getattr(model, "supported_actions", None) or []


def watsonx_models():
    api = APIClient(
        credentials=Credentials(url=os.environ["WATSONX_URL"], api_key=os.environ["WATSONX_APIKEY"]),
        project_id=os.environ["WATSONX_PROJECT_ID"],
    )
    specs = api.foundation_models.get_model_specs()
    for res in specs.get("resources", []):
        yield "watsonx", res["model_id"], res.get("functions", [])


def main() -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["provider", "model", "capabilities"])
    region = os.getenv("AWS_REGION", "eu-west-1")
    rows = list(bedrock_models(region))
    if os.getenv("GOOGLE_CLOUD_PROJECT"):
        rows += list(vertex_models(os.environ["GOOGLE_CLOUD_PROJECT"], os.getenv("GOOGLE_CLOUD_LOCATION", "europe-west4")))
    if os.getenv("WATSONX_APIKEY"):
        rows += list(watsonx_models())
    for provider, model, caps in rows:
        writer.writerow([provider, model, ";".join(map(str, caps))])


if __name__ == "__main__":
    main()
