"""Step Functions task: draft the settlement letter for an approved claim."""
from __future__ import annotations

import asyncio
import json
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from claims_common.backends import model_for
from claims_common.config import settings
from claims_common.deps import Deps, default_deps
from claims_common.llm_clients import async_anthropic_client
from claims_common.llm_usage_tracker import llm_tracker
from claims_common.model_callers import MODEL_CALLERS
from claims_common.notifications import publish_event
from claims_common.observability import logger, tracer
from claims_common.prompts import LETTER_SYSTEM_PROMPT, render_claim
from claims_common.storage import save_claim_document, upsert_claim

_letter_model = model_for("anthropic-bedrock")


class LetterRejected(Exception):
    """The tone check failed; the state machine routes the claim to a human."""


@tracer.capture_method
def _settlement_rationale(deps: Deps, claim: dict[str, Any], settlement: dict[str, Any]) -> str:
    resp = deps.openai.responses.create(
        model=settings.openai_model,
        instructions=(
            "Explain, in numbered points, how the settlement amount was reached from "
            "the claimed items, the policy limits and the excess."
        ),
        input=json.dumps({"claim": claim, "settlement": settlement}, default=str),
        max_output_tokens=800,
    )
    return resp.output_text


async def _tone_check(letter: str, tenant_id: str) -> dict[str, Any]:
    async with llm_tracker.track_llm_call(feature="settlement_tone_check", tenant_id=tenant_id) as usage_log:
        message = await async_anthropic_client.messages.create(
            model=settings.anthropic_small_model,
            max_tokens=300,
            system='Review the letter for tone and clarity. Reply with JSON {"ok": bool, "issues": [str]}.',
            messages=[{"role": "user", "content": letter}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return json.loads(message.content[0].text)


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    deps = default_deps()
    claim = event["claim"]
    settlement = event["settlement"]

    rationale = _settlement_rationale(deps, claim, settlement)
    coverage = MODEL_CALLERS["coverage"](claim["description"], event.get("policy_excerpt", ""))
    letter = _letter_model.complete(
        LETTER_SYSTEM_PROMPT,
        f"{render_claim(claim)}\n\nSettlement: {json.dumps(settlement)}\n\n"
        f"Coverage assessment:\n{coverage}\n\nRationale:\n{rationale}",
        max_tokens=1800,
    )

    review = asyncio.run(_tone_check(letter, claim["tenant_id"]))
    if not review.get("ok", False):
        logger.warning("settlement letter failed tone check", extra={"issues": review.get("issues")})
        raise LetterRejected("; ".join(review.get("issues", [])) or "tone check failed")

    key = save_claim_document(claim["claim_id"], "settlement-letter.md", letter)
    save_claim_document(claim["claim_id"], "settlement-rationale.md", rationale)
    upsert_claim(claim["claim_id"], claim["tenant_id"], status="LETTER_DRAFTED")
    publish_event("settlement.letter_drafted", {"claim_id": claim["claim_id"], "key": key})
    return {**event, "letter_key": key}
