"""EventBridge schedule (weekly): refresh the catalogue of available models in SSM."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from claims_common.aws_clients import bedrock_agent, bedrock_control, ssm
from claims_common.config import settings
from claims_common.llm_clients import anthropic_client, openai_client
from claims_common.observability import logger, tracer

PARAMETER_NAME = f"/claims-assistant/{settings.stage}/model-catalog"


@tracer.capture_method
def _bedrock_models() -> list[dict[str, Any]]:
    resp = bedrock_control.list_foundation_models(byOutputModality="TEXT", byInferenceType="ON_DEMAND")
    return [
        {"id": m["modelId"], "provider": m["providerName"], "streaming": m.get("responseStreamingSupported", False)}
        for m in resp["modelSummaries"]
        if m.get("modelLifecycle", {}).get("status") == "ACTIVE"
    ]


@tracer.capture_method
def _bedrock_agents() -> list[str]:
    resp = bedrock_agent.list_agents(maxResults=50)
    return [a["agentName"] for a in resp.get("agentSummaries", []) if a.get("agentStatus") == "PREPARED"]


@tracer.capture_method
def _vendor_models() -> dict[str, list[str]]:
    catalog: dict[str, list[str]] = {}
    try:
        catalog["openai"] = sorted(m.id for m in openai_client.models.list() if m.id.startswith(("gpt-", "o")))
    except Exception:  # noqa: BLE001
        logger.exception("could not list OpenAI models")
    try:
        catalog["anthropic"] = sorted(m.id for m in anthropic_client.models.list(limit=100))
    except Exception:  # noqa: BLE001
        logger.exception("could not list Anthropic models")
    return catalog


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    catalog = {
        "refreshed_at": datetime.now(timezone.utc).isoformat(),
        "bedrock": _bedrock_models(),
        "bedrock_agents": _bedrock_agents(),
        "vendors": _vendor_models(),
    }
    ssm.put_parameter(
        Name=PARAMETER_NAME,
        Value=json.dumps(catalog),
        Type="String",
        Tier="Intelligent-Tiering",
        Overwrite=True,
    )
    logger.info("model catalog refreshed", extra={"bedrock_models": len(catalog["bedrock"])})
    return {"bedrock_models": len(catalog["bedrock"]), "agents": len(catalog["bedrock_agents"])}
