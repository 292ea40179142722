"""Original summarize Lambda (2023). Deployed as `summarize-v0` in SAM.

Do not add features here; the Chalice /summarize route replaces it.
"""
import json
import os

import boto3

bedrock = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
MODEL_ID = os.environ.get("MODEL_ID", "anthropic.claude-instant-v1")


def _claude_body(text, max_tokens=500):
    return json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": f"Summarize:\n\n{text}"}],
    })


def lambda_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    text = body.get("text", "")
    if not text:
        return {"statusCode": 400, "body": json.dumps({"error": "text required"})}
    resp = bedrock.invoke_model(modelId=MODEL_ID, body=_claude_body(text))
    result = json.loads(resp["body"].read())
    return {
        "statusCode": 200,
        "body": json.dumps({"summary": result["content"][0]["text"]}),
    }


def stream_handler(event, context):
    """Used by the websocket API; collects chunks and posts them back."""
    text = event["text"]
    resp = bedrock.invoke_model_with_response_stream(modelId=MODEL_ID, body=_claude_body(text, 1000))
    out = []
    for evt in resp["body"]:
        chunk = json.loads(evt["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            out.append(chunk["delta"].get("text", ""))
    return {"summary": "".join(out)}
