"""Step Functions task: run the triage agent on a claim."""
from __future__ import annotations

import asyncio
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from claims_common.agents import AgentLoopExceeded, ClaimsAgent
from claims_common.deps import default_deps
from claims_common.multi_model_service import TaskComplexity, multi_model_service
from claims_common.observability import logger, tracer
from claims_common.prompts import TRIAGE_SYSTEM_PROMPT, render_claim
from claims_common.storage import save_claim_document, upsert_claim

_agent = ClaimsAgent(default_deps(), max_turns=8)


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    claim = event["claim"]
    claim_id = claim["claim_id"]
    tenant_id = claim["tenant_id"]

    try:
        result = _agent.run(claim)
        recommendation = result.recommendation
        detail = {
            "turns": result.turns,
            "tool_calls": result.tool_calls,
            "tools_used": result.tools_used,
        }
    except AgentLoopExceeded:
        logger.warning("agent exceeded its turn budget; falling back to single-shot triage")
        recommendation = asyncio.run(
            multi_model_service.generate_response(
                prompt=render_claim(claim),
                task_type="claim_triage_fallback",
                complexity=TaskComplexity.AGENTIC,
                tenant_id=tenant_id,
                system=TRIAGE_SYSTEM_PROMPT,
            )
        )
        detail = {"fallback": True}

    save_claim_document(claim_id, "triage.md", recommendation)
    upsert_claim(claim_id, tenant_id, status="TRIAGED")
    return {**event, "triage_recommendation": recommendation, "triage_detail": detail}
