"""Alt text / captions for product images.

Bedrock (Claude 3 Haiku) is the main captioner because the images never leave our AWS
account; Azure GPT-4o is used for the marketplace images that live on Azure Blob.
"""
from __future__ import annotations

import base64
import json
import logging
from typing import Any

import boto3
import pandas as pd

from catalog_enrichment.llm import get_bedrock_runtime, get_openai_client
from catalog_enrichment.llm.prompts import CAPTION_PROMPT
from catalog_enrichment.llm.registry import clients

logger = logging.getLogger(__name__)

ANTHROPIC_BEDROCK_VERSION = "bedrock-2023-05-31"


def _s3_bytes(s3, uri: str) -> bytes:
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    obj = s3.get_object(Bucket=bucket, Key=key)
    return obj["Body"].read()


def _claude_image_body(image_b64: str, media_type: str, max_tokens: int) -> str:
    return json.dumps(
        {
            "anthropic_version": ANTHROPIC_BEDROCK_VERSION,
            "max_tokens": max_tokens,
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": image_b64}},
                        {"type": "text", "text": CAPTION_PROMPT},
                    ],
                }
            ],
        }
    )


def caption_images(image_index: pd.DataFrame, params: dict) -> pd.DataFrame:
    runtime = get_bedrock_runtime()
    s3 = boto3.client("s3")
    rows = image_index[image_index["storage"] == "s3"].head(params.get("max_images", 2000))
    captions = []
    for _, row in rows.iterrows():
        image_b64 = base64.b64encode(_s3_bytes(s3, row["uri"])).decode("ascii")
        response = runtime.invoke_model(
            modelId=params["bedrock_model_id"],
            contentType="application/json",
            accept="application/json",
            body=_claude_image_body(image_b64, row.get("media_type", "image/jpeg"), 80),
        )
        payload = json.loads(response["body"].read())
        headers = response["ResponseMetadata"]["HTTPHeaders"]
        captions.append(
            {
                "sku": row["sku"],
                "image_id": row["image_id"],
                "caption": payload["content"][0]["text"].strip(),
                "input_tokens": int(headers.get("x-amzn-bedrock-input-token-count", 0)),
                "output_tokens": int(headers.get("x-amzn-bedrock-output-token-count", 0)),
            }
        )
    return pd.DataFrame(captions)


class BedrockStreamingCaptioner:
    """Streaming variant used for the long "styling notes" captions (lookbook images)."""

    def __init__(self, runtime, model_id: str, max_tokens: int = 400) -> None:
        self._runtime = runtime
        self._model_id = model_id
        self._max_tokens = max_tokens

    def caption(self, image_b64: str, media_type: str = "image/jpeg") -> str:
        response = self._runtime.invoke_model_with_response_stream(
            modelId=self._model_id,
            contentType="application/json",
            body=_claude_image_body(image_b64, media_type, self._max_tokens),
        )
        parts: list[str] = []
        for event in response["body"]:
            chunk = json.loads(event["chunk"]["bytes"])
            if chunk.get("type") == "content_block_delta":
                parts.append(chunk["delta"].get("text", ""))
        return "".join(parts).strip()


def caption_lookbook_images(image_index: pd.DataFrame, llm_clients: dict[str, Any], params: dict) -> pd.DataFrame:
    captioner = BedrockStreamingCaptioner(llm_clients["bedrock"], params["bedrock_model_id"])
    s3 = boto3.client("s3")
    lookbook = image_index[image_index["kind"] == "lookbook"]
    notes = []
    for _, row in lookbook.iterrows():
        image_b64 = base64.b64encode(_s3_bytes(s3, row["uri"])).decode("ascii")
        notes.append({"image_id": row["image_id"], "styling_notes": captioner.caption(image_b64)})
    return pd.DataFrame(notes)


def alt_text_marketplace_images(image_index: pd.DataFrame, params: dict) -> pd.DataFrame:
    azure = clients.get("azure_openai")
    rows = image_index[image_index["storage"] == "azure_blob"]
    out = []
    for _, row in rows.iterrows():
        completion = azure.chat.completions.create(
            model=params["azure_deployment"],
            max_tokens=60,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": CAPTION_PROMPT},
                        {"type": "image_url", "image_url": {"url": row["signed_url"], "detail": "low"}},
                    ],
                }
            ],
        )
        out.append({"sku": row["sku"], "image_id": row["image_id"], "caption": completion.choices[0].message.content})
    return pd.DataFrame(out)


def generate_placeholder_images(products: pd.DataFrame, image_index: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Marketplace sellers sometimes send no image at all; generate a neutral packshot.

    Only enabled for the 'home' division (legal sign-off CAT-290).
    """
    if not params.get("placeholders_enabled", False):
        return pd.DataFrame(columns=["sku", "placeholder_url"])
    openai_client = get_openai_client()
    without = products[~products["sku"].isin(image_index["sku"])]
    urls = []
    for _, row in without.head(params.get("max_placeholders", 50)).iterrows():
        result = openai_client.images.generate(
            model="dall-e-3",
            prompt=f"Studio packshot of {row['title']} on a plain light-grey background, no text",
            size="1024x1024",
            quality="standard",
            n=1,
        )
        urls.append({"sku": row["sku"], "placeholder_url": result.data[0].url})
    return pd.DataFrame(urls)


def merge_captions(*frames: pd.DataFrame) -> pd.DataFrame:
    non_empty = [f for f in frames if not f.empty]
    return pd.concat(non_empty, ignore_index=True) if non_empty else pd.DataFrame()
