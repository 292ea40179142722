"""Step Functions task: score a claim for fraud indicators."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any

import litellm
from aws_lambda_powertools.utilities.typing import LambdaContext

from claims_common.llm_clients import litellm_router
from claims_common.model_callers import fraud_completion
from claims_common.observability import logger, tracer
from claims_common.prompts import FRAUD_SYSTEM_PROMPT, render_claim
from claims_common.retry import with_llm_retry
from claims_common.storage import read_claim_document, save_claim_document, upsert_claim

REVIEW_THRESHOLD = 65
CENTROID_KEY = "models/fraud/narrative-centroid.json"


@lru_cache(maxsize=1)
def _fraud_centroid() -> list[float]:
    return json.loads(read_claim_document(CENTROID_KEY))["vector"]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


@tracer.capture_method
@with_llm_retry(max_attempts=3)
def _model_score(claim_text: str) -> dict[str, Any]:
    resp = fraud_completion(
        messages=[
            {"role": "system", "content": FRAUD_SYSTEM_PROMPT},
            {"role": "user", "content": claim_text},
        ]
    )
    return json.loads(resp.choices[0].message.content)


@tracer.capture_method
def _narrative_similarity(description: str) -> float:
    resp = litellm.embedding(
        model="cohere/embed-english-v3.0",
        input=[description],
        input_type="search_document",
    )
    return _cosine(resp.data[0]["embedding"], _fraud_centroid())


@tracer.capture_method
def _explain(claim_text: str, score: int, indicators: list[str]) -> str:
    resp = litellm_router.completion(
        model="fraud-explainer",
        messages=[
            {
                "role": "user",
                "content": (
                    f"A claim was scored {score}/100 for fraud risk with indicators "
                    f"{indicators}. Explain the score to a special investigator in "
                    f"three bullet points.\n\n{claim_text}"
                ),
            }
        ],
        max_tokens=300,
    )
    return resp.choices[0].message.content


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    claim = event["claim"]
    claim_text = render_claim(claim)

    scored = _model_score(claim_text)
    similarity = _narrative_similarity(claim["description"])
    score = min(100, int(scored.get("score", 0) + max(0.0, similarity - 0.6) * 50))
    indicators = list(scored.get("indicators", []))

    refer = score >= REVIEW_THRESHOLD
    explanation = _explain(claim_text, score, indicators) if refer else ""
    if refer:
        save_claim_document(claim["claim_id"], "fraud-referral.md", explanation)

    upsert_claim(claim["claim_id"], claim["tenant_id"], fraud_score=score, siu_referral=refer)
    logger.info("fraud score computed", extra={"score": score, "refer": refer})
    return {**event, "fraud": {"score": score, "refer": refer, "indicators": indicators}}
