"""Bedrock evals (Claude + Llama through bedrock-runtime)."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.needs_provider("bedrock")

BEDROCK_MODELS = [
    "anthropic.claude-3-haiku-20240307-v1:0",
    "meta.llama3-1-8b-instruct-v1:0",
]


@pytest.mark.parametrize("model_id", BEDROCK_MODELS)
def test_converse_arithmetic(bedrock_runtime, model_id, record_score):
    resp = bedrock_runtime.converse(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": "What is 17 * 23? Reply with the number only."}]}],
        inferenceConfig={"maxTokens": 20, "temperature": 0},
    )
    text = resp["output"]["message"]["content"][0]["text"]
    record_score(f"arith[{model_id}]", float("391" in text))
    assert "391" in text


def test_invoke_model_claude_native(bedrock_runtime):
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 100,
        "messages": [{"role": "user", "content": "Say 'pong'."}],
    }
    raw = bedrock_runtime.invoke_model(
        modelId=BEDROCK_MODELS[0],
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(raw["body"].read())
    assert "pong" in payload["content"][0]["text"].lower()


def test_converse_stream_emits_usage(bedrock_runtime):
    resp = bedrock_runtime.converse_stream(
        modelId=BEDROCK_MODELS[0],
        messages=[{"role": "user", "content": [{"text": "Count to five."}]}],
    )
    usage = None
    for event in resp["stream"]:
        if "metadata" in event:
            usage = event["metadata"]["usage"]
    assert usage and usage["outputTokens"] > 0
