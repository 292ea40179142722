"""Single-shot model calls used by the intake, summary and settlement steps."""
from __future__ import annotations

import json
from functools import partial
from typing import Any, Callable

import litellm

from claims_common.aws_clients import bedrock_runtime
from claims_common.config import settings
from claims_common.llm_clients import cohere_client, get_anthropic, openai_client, voyage_client
from claims_common.prompts import (
    COVERAGE_SYSTEM_PROMPT,
    SUMMARY_SYSTEM_PROMPT,
    TRIAGE_INSTRUCTIONS,
)

TRIAGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "line_of_business": {"type": "string", "enum": ["home", "motor", "travel", "pet", "other"]},
        "severity": {"type": "integer", "minimum": 1, "maximum": 5},
        "needs_inspection": {"type": "boolean"},
        "reasons": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["line_of_business", "severity", "needs_inspection", "reasons"],
    "additionalProperties": False,
}


def summarize_claim(claim_text: str) -> str:
    resp = bedrock_runtime.converse(
        modelId=settings.bedrock_summary_model,
        system=[{"text": SUMMARY_SYSTEM_PROMPT}],
        messages=[{"role": "user", "content": [{"text": claim_text}]}],
        inferenceConfig={"maxTokens": 600, "temperature": 0.2},
    )
    return resp["output"]["message"]["content"][0]["text"]


def triage_claim(claim_text: str) -> dict[str, Any]:
    resp = openai_client.responses.create(
        model=settings.openai_model,
        instructions=TRIAGE_INSTRUCTIONS,
        input=claim_text,
        text={
            "format": {
                "type": "json_schema",
                "name": "claim_triage",
                "schema": TRIAGE_SCHEMA,
                "strict": True,
            }
        },
    )
    return json.loads(resp.output_text)


def coverage_opinion(claim_text: str, policy_excerpt: str) -> str:
    message = get_anthropic().messages.create(
        model=settings.anthropic_model,
        max_tokens=700,
        system=COVERAGE_SYSTEM_PROMPT,
        messages=[
            {
                "role": "user",
                "content": f"Policy wording:\n{policy_excerpt}\n\nReported loss:\n{claim_text}",
            }
        ],
    )
    return message.content[0].text


fraud_completion = partial(
    litellm.completion,
    model="bedrock/anthropic.claude-3-5-haiku-20241022-v1:0",
    temperature=0.0,
    max_tokens=400,
    response_format={"type": "json_object"},
)

MODEL_CALLERS: dict[str, Callable[..., Any]] = {
    "summary": summarize_claim,
    "triage": triage_claim,
    "coverage": coverage_opinion,
    "embed_query": voyage_client.embed,
    "rerank": cohere_client.rerank,
}
