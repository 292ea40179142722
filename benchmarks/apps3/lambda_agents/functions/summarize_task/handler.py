"""Step Functions task: produce the adjuster summary, headline and claimant version."""
from __future__ import annotations

import json
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from claims_common import aws_clients
from claims_common.backends import model_for
from claims_common.config import settings
from claims_common.llm_usage_tracker import llm_tracker
from claims_common.model_callers import MODEL_CALLERS
from claims_common.observability import logger, tracer
from claims_common.prompts import PLAIN_LANGUAGE_PROMPT, SUMMARY_SYSTEM_PROMPT, render_claim
from claims_common.retry import call_with_backoff
from claims_common.storage import save_claim_document, upsert_claim

LONG_CLAIM_CHARS = 6_000

_plain_language = model_for("gemini")


@tracer.capture_method
def _detailed_summary(claim_text: str) -> str:
    body = json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 1500,
            "system": SUMMARY_SYSTEM_PROMPT,
            "messages": [{"role": "user", "content": claim_text}],
        }
    )
    resp = call_with_backoff(
        aws_clients.bedrock_runtime.invoke_model,
        modelId=settings.bedrock_claude_model,
        contentType="application/json",
        accept="application/json",
        body=body,
    )
    payload = json.loads(resp["body"].read())
    return "".join(part["text"] for part in payload["content"] if part["type"] == "text")


@tracer.capture_method
def _headline(claim_text: str, tenant_id: str) -> str:
    with llm_tracker.track_llm_call(feature="claim_headline", tenant_id=tenant_id) as usage_log:
        resp = aws_clients.bedrock_runtime.converse(
            modelId=settings.bedrock_summary_model,
            messages=[
                {
                    "role": "user",
                    "content": [{"text": "Write a headline of at most 12 words for this claim:\n" + claim_text}],
                }
            ],
            inferenceConfig={"maxTokens": 40, "temperature": 0.1},
        )
        usage_log.input_tokens = resp["usage"]["inputTokens"]
        usage_log.output_tokens = resp["usage"]["outputTokens"]
    return resp["output"]["message"]["content"][0]["text"].strip()


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    claim = event["claim"]
    claim_text = render_claim(claim)

    if len(claim_text) > LONG_CLAIM_CHARS:
        summary = _detailed_summary(claim_text)
    else:
        summary = MODEL_CALLERS["summary"](claim_text)

    headline = _headline(claim_text, claim["tenant_id"])
    claimant_version = _plain_language.complete(PLAIN_LANGUAGE_PROMPT, summary, max_tokens=800)

    save_claim_document(claim["claim_id"], "summary.md", f"# {headline}\n\n{summary}")
    save_claim_document(claim["claim_id"], "summary-claimant.md", claimant_version)
    upsert_claim(claim["claim_id"], claim["tenant_id"], status="SUMMARISED", headline=headline)
    return {**event, "headline": headline}
