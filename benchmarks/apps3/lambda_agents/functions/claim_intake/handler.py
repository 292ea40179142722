"""POST /claims - accept a new claim, screen it and start the claim workflow."""
from __future__ import annotations

import json
import uuid
from http import HTTPStatus
from typing import Any

import litellm
import requests
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from claims_common.aws_clients import sfn
from claims_common.config import get_secret, settings
from claims_common.http_llm import OPENAI_MODERATIONS_URL, VendorHTTPError, claimant_acknowledgement
from claims_common.model_callers import MODEL_CALLERS
from claims_common.observability import logger, metrics, tracer
from claims_common.storage import save_claim_document, upsert_claim

SUPPORTED_LANGUAGES = {"en", "es", "fr", "de"}


def _response(status: HTTPStatus, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "statusCode": int(status),
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(body),
    }


@tracer.capture_method
def _is_flagged(text: str) -> bool:
    api_key = get_secret(settings.vendor_secret_id)["openai_api_key"]
    resp = requests.post(
        OPENAI_MODERATIONS_URL,
        headers={"Authorization": f"Bearer {api_key}"},
        json={"model": "omni-moderation-latest", "input": text},
        timeout=10,
    )
    resp.raise_for_status()
    return any(r["flagged"] for r in resp.json()["results"])


@tracer.capture_method
def _detect_language(text: str) -> str:
    resp = litellm.completion(
        model="bedrock/amazon.nova-micro-v1:0",
        messages=[
            {
                "role": "user",
                "content": "Reply with only the ISO 639-1 code of the language of this text:\n\n"
                + text[:1000],
            }
        ],
        max_tokens=5,
        temperature=0,
    )
    code = (resp.choices[0].message.content or "").strip().lower()[:2]
    return code if code in SUPPORTED_LANGUAGES else "en"


def _notify_crm(claim_id: str, tenant_id: str, triage: dict[str, Any]) -> None:
    if not settings.crm_webhook_url:
        return
    try:
        requests.post(
            settings.crm_webhook_url,
            json={"claim_id": claim_id, "tenant_id": tenant_id, "severity": triage["severity"]},
            timeout=5,
        )
    except requests.RequestException:
        logger.warning("CRM webhook failed for claim %s", claim_id)


@logger.inject_lambda_context(correlation_id_path="requestContext.requestId")
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    try:
        payload = json.loads(event.get("body") or "{}")
        description = payload["description"].strip()
        tenant_id = event["requestContext"]["authorizer"]["tenant_id"]
    except (KeyError, ValueError, AttributeError):
        return _response(HTTPStatus.BAD_REQUEST, {"message": "description is required"})

    if _is_flagged(description):
        metrics.add_metric(name="ClaimsRejectedByModeration", unit=MetricUnit.Count, value=1)
        return _response(HTTPStatus.UNPROCESSABLE_ENTITY, {"message": "claim text was rejected"})

    claim_id = uuid.uuid4().hex[:12].upper()
    language = _detect_language(description)
    triage = MODEL_CALLERS["triage"](description)

    claim = {
        "claim_id": claim_id,
        "tenant_id": tenant_id,
        "policy_number": payload.get("policy_number"),
        "loss_date": payload.get("loss_date"),
        "description": description,
        "language": language,
        "line_of_business": triage["line_of_business"],
        "severity": triage["severity"],
    }
    save_claim_document(claim_id, "intake.json", claim)
    upsert_claim(claim_id, tenant_id, status="RECEIVED", severity=triage["severity"], language=language)

    sfn.start_execution(
        stateMachineArn=settings.state_machine_arn,
        name=f"claim-{claim_id}",
        input=json.dumps({"claim": claim, "triage": triage}),
    )
    _notify_crm(claim_id, tenant_id, triage)

    try:
        acknowledgement = claimant_acknowledgement(claim_id, description)
    except VendorHTTPError:
        logger.exception("acknowledgement generation failed")
        acknowledgement = f"Thank you, we have received your claim {claim_id}."

    metrics.add_metric(name="ClaimsReceived", unit=MetricUnit.Count, value=1)
    return _response(
        HTTPStatus.CREATED,
        {"claim_id": claim_id, "severity": triage["severity"], "message": acknowledgement},
    )
