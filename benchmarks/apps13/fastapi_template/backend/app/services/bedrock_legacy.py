# Original Bedrock helper from the first AI prototype (2023). Still used by the
# weekly digest and the document Q&A endpoint. New code: use
# multi_model_service or ai_clients.get_anthropic_bedrock().
import json
import logging
import os

import boto3

logger = logging.getLogger(__name__)

REGION = os.environ.get("BEDROCK_REGION", "eu-central-1")
DEFAULT_MODEL = os.environ.get(
    "BEDROCK_HAIKU_MODEL_ID", "eu.anthropic.claude-3-5-haiku-20241022-v1:0"
)

bedrock = boto3.client("bedrock-runtime", region_name=REGION)


def _body(prompt, system=None, max_tokens=1024, temperature=0.3):
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": max_tokens,
        "temperature": temperature,
        "messages": [{"role": "user", "content": [{"type": "text", "text": prompt}]}],
    }
    if system:
        body["system"] = system
    return json.dumps(body)


def invoke_claude(prompt, system=None, max_tokens=1024, model_id=DEFAULT_MODEL):
    response = bedrock.invoke_model(
        modelId=model_id,
        contentType="application/json",
        accept="application/json",
        body=_body(prompt, system, max_tokens),
    )
    payload = json.loads(response["body"].read())
    usage = payload.get("usage", {})
    logger.debug("invoke_claude usage in=%s out=%s", usage.get("input_tokens"), usage.get("output_tokens"))
    return "".join(part.get("text", "") for part in payload.get("content", []))


def stream_claude(prompt, system=None, max_tokens=1024, model_id=DEFAULT_MODEL):
    """Yields text deltas. Used by the SSE endpoint."""
    response = bedrock.invoke_model_with_response_stream(
        modelId=model_id,
        contentType="application/json",
        body=_body(prompt, system, max_tokens),
    )
    for event in response["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            delta = chunk.get("delta", {})
            if delta.get("type") == "text_delta":
                yield delta["text"]


def classify(text, labels, model_id=DEFAULT_MODEL):
    """Zero-shot label picker used by the inbox rules engine."""
    prompt = (
        "Pick the single best label for the text. Answer with the label only.\n"
        f"Labels: {', '.join(labels)}\n\nText:\n{text[:8000]}"
    )
    result = bedrock.converse(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 20, "temperature": 0},
    )
    answer = result["output"]["message"]["content"][0]["text"].strip()
    return answer if answer in labels else None
