"""Product tagging on Bedrock (the catalogue team's AWS account pays for it)."""
from __future__ import annotations

import json
import logging

import boto3
from pyflink.datastream import RuntimeContext
from pyflink.datastream.functions import MapFunction

from config.settings import MODELS

logger = logging.getLogger(__name__)

TAG_PROMPT = (
    "Give up to 5 lowercase product tags for this page, comma separated, no other text.\n"
    "Title: {title}\nBreadcrumb: {breadcrumb}"
)


class BedrockProductTagger(MapFunction):
    def __init__(self, region: str = "us-east-1"):
        self.region = region

    def open(self, runtime_context: RuntimeContext):
        self.runtime = boto3.client("bedrock-runtime", region_name=self.region)

    def map(self, value):
        page = json.loads(value)
        response = self.runtime.converse(
            modelId=MODELS.bedrock_model,
            messages=[
                {
                    "role": "user",
                    "content": [{"text": TAG_PROMPT.format(title=page.get("title", ""), breadcrumb=page.get("breadcrumb", ""))}],
                }
            ],
            inferenceConfig={"maxTokens": 40, "temperature": 0.0},
        )
        text = response["output"]["message"]["content"][0]["text"]
        page["tags"] = [t.strip() for t in text.split(",") if t.strip()][:5]
        page["tag_tokens"] = response["usage"]["totalTokens"]
        return json.dumps(page)


class BedrockTitleEmbedder(MapFunction):
    """Titan embeddings for the product-similarity index."""

    def open(self, runtime_context: RuntimeContext):
        self.runtime = boto3.client("bedrock-runtime")

    def map(self, value):
        page = json.loads(value)
        body = json.dumps({"inputText": page.get("title", ""), "dimensions": 512, "normalize": True})
        raw = self.runtime.invoke_model(
            modelId="amazon.titan-embed-text-v2:0",
            body=body,
            contentType="application/json",
            accept="application/json",
        )
        page["title_vector"] = json.loads(raw["body"].read())["embedding"]
        return json.dumps(page)


class BedrockStreamingDescriber(MapFunction):
    """Experimental: streams long descriptions; only enabled in staging."""

    def open(self, runtime_context: RuntimeContext):
        self.runtime = boto3.client("bedrock-runtime")

    def map(self, value):
        page = json.loads(value)
        stream = self.runtime.converse_stream(
            modelId=MODELS.bedrock_model,
            messages=[{"role": "user", "content": [{"text": "Describe: " + page.get("title", "")}]}],
            inferenceConfig={"maxTokens": 200},
        )
        parts = []
        for event in stream["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                parts.append(delta["text"])
        page["description"] = "".join(parts)
        return json.dumps(page)
