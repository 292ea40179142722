"""
Structured field extraction for invoices / purchase orders.

Written for the AP-automation pilot (2023). It talks to Bedrock directly
because the pilot customer required Claude in eu-central-1.
"""
import json
import logging
import re

import boto3
from django.conf import settings

logger = logging.getLogger(__name__)

EXTRACTION_REGION = "eu-central-1"
MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"
MAX_INPUT_TOKENS = 150_000

bedrock = boto3.client("bedrock-runtime", region_name=EXTRACTION_REGION)

FIELDS = ["vendor_name", "invoice_number", "invoice_date", "due_date", "currency", "total_amount", "po_number"]

PROMPT = """Extract the following fields from the invoice below and answer with a single JSON object
using exactly these keys: {fields}. Use null for anything that is not present.

Invoice:
{text}"""


def _fits(text):
    resp = bedrock.count_tokens(
        modelId=MODEL_ID,
        input={"converse": {"messages": [{"role": "user", "content": [{"text": text}]}]}},
    )
    return resp["inputTokens"] <= MAX_INPUT_TOKENS


def _parse_json(raw):
    match = re.search(r"\{.*\}", raw, re.S)
    if not match:
        raise ValueError("model did not return JSON")
    return json.loads(match.group(0))


def extract_invoice_fields(text):
    if not _fits(text):
        text = text[: MAX_INPUT_TOKENS * 3]
    request = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 512,
        "temperature": 0,
        "messages": [{"role": "user", "content": PROMPT.format(fields=", ".join(FIELDS), text=text)}],
    }
    response = bedrock.invoke_model(modelId=MODEL_ID, body=json.dumps(request))
    result = json.loads(response["body"].read())
    data = _parse_json(result["content"][0]["text"])
    return {k: data.get(k) for k in FIELDS}


def stream_extraction_notes(text):
    """Free-text reviewer notes, streamed to the review UI over SSE."""
    request = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 800,
        "messages": [
            {"role": "user", "content": "List anything unusual a reviewer should check on this invoice:\n\n" + text}
        ],
    }
    response = bedrock.invoke_model_with_response_stream(modelId=MODEL_ID, body=json.dumps(request))
    for event in response["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            yield chunk["delta"].get("text", "")
