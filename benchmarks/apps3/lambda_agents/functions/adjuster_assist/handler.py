"""POST /claims/{claim_id}/ask - answer an adjuster's question about a claim file."""
from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from claims_common.aws_clients import runtime_for_region
from claims_common.config import settings
from claims_common.llm_clients import anthropic_client, get_openai
from claims_common.llm_usage_tracker import llm_tracker
from claims_common.observability import logger, tracer
from claims_common.prompts import ADJUSTER_SYSTEM_PROMPT, render_claim
from claims_common.storage import get_claim


def _reply(status: HTTPStatus, body: dict[str, Any]) -> dict[str, Any]:
    return {"statusCode": int(status), "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}


@tracer.capture_method
def _answer(question: str, claim: dict[str, Any]) -> str:
    parts: list[str] = []
    with anthropic_client.messages.stream(
        model=settings.anthropic_model,
        max_tokens=1500,
        system=ADJUSTER_SYSTEM_PROMPT,
        messages=[
            {"role": "user", "content": f"{render_claim(claim)}\n\nQuestion: {question}"},
        ],
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
        final = stream.get_final_message()
    logger.debug("answer used %d output tokens", final.usage.output_tokens)
    return "".join(parts)


@tracer.capture_method
def _answer_in_region(question: str, claim: dict[str, Any]) -> str:
    runtime = runtime_for_region(claim.get("data_region"))
    resp = runtime.converse_stream(
        modelId=settings.bedrock_claude_model,
        system=[{"text": ADJUSTER_SYSTEM_PROMPT}],
        messages=[
            {
                "role": "user",
                "content": [{"text": f"{render_claim(claim)}\n\nQuestion: {question}"}],
            }
        ],
        inferenceConfig={"maxTokens": 1500, "temperature": 0.2},
    )
    parts: list[str] = []
    for event in resp["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        if "text" in delta:
            parts.append(delta["text"])
    return "".join(parts)


@tracer.capture_method
def _follow_up_questions(question: str, answer: str, tenant_id: str) -> list[str]:
    with llm_tracker.track_llm_call(feature="adjuster_followups", tenant_id=tenant_id) as usage_log:
        resp = get_openai().chat.completions.create(
            model=settings.openai_model,
            messages=[
                {
                    "role": "system",
                    "content": "Suggest three short follow-up questions an adjuster might ask next. "
                    'Return JSON {"questions": [...]}.',
                },
                {"role": "user", "content": f"Q: {question}\nA: {answer}"},
            ],
            response_format={"type": "json_object"},
            max_tokens=200,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return json.loads(resp.choices[0].message.content).get("questions", [])[:3]


@logger.inject_lambda_context(correlation_id_path="requestContext.requestId")
@tracer.capture_lambda_handler
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    claim_id = event["pathParameters"]["claim_id"]
    tenant_id = event["requestContext"]["authorizer"]["tenant_id"]
    question = json.loads(event.get("body") or "{}").get("question", "").strip()
    if not question:
        return _reply(HTTPStatus.BAD_REQUEST, {"message": "question is required"})

    claim = get_claim(claim_id)
    if not claim or claim.get("tenant_id") != tenant_id:
        return _reply(HTTPStatus.NOT_FOUND, {"message": "claim not found"})

    if claim.get("data_residency") == "regional":
        answer = _answer_in_region(question, claim)
    else:
        answer = _answer(question, claim)

    return _reply(
        HTTPStatus.OK,
        {"answer": answer, "follow_ups": _follow_up_questions(question, answer, tenant_id)},
    )
