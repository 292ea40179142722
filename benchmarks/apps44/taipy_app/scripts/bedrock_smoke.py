"""Smoke test for Bedrock access in a new AWS account.

    AWS_PROFILE=prod python scripts/bedrock_smoke.py
"""
import json
import sys

import boto3

MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


def main() -> int:
    session = boto3.Session()
    runtime = session.client("bedrock-runtime")
    body = json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 50,
        "messages": [{"role": "user", "content": "Say hello in French."}],
    })
    response = runtime.invoke_model_with_response_stream(modelId=MODEL, body=body)
    for event in response["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            sys.stdout.write(chunk["delta"].get("text", ""))
    print()
    out = runtime.converse(modelId=MODEL, messages=[{"role": "user", "content": [{"text": "ping"}]}])
    print("converse usage:", out["usage"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
