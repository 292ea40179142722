"""Claim-level enrichment: fraud scoring and adjuster summary. Runs after a group of per-document
pipelines completes (see claimsdoc.pipelines.process_claim)."""
from __future__ import annotations

import json
import os

import dramatiq
import httpx
from dramatiq.results import ResultMissing
from twilio.rest import Client as TwilioClient

from claimsdoc import prompts, storage
from claimsdoc.broker import result_backend
from claimsdoc.actors._shared import call_with_backoff, llm, log, log_step
from claimsdoc.middleware import worker_clients
from claimsdoc.providers import get_provider
from claimsdoc.schemas import FraudAssessment, parse_json_loose
from claimsdoc.settings import settings


def _claim_digest(claim_id: str) -> str:
    docs = storage.repo.for_claim(claim_id)
    lines = []
    for d in docs:
        lines.append(f"- {d['filename']} ({d.get('doc_type') or '?'}): {d.get('fields') or '{}'}")
    return "\n".join(lines)


def score_fraud(claim_id: str, digest: str) -> FraudAssessment:
    azure = llm.azure()
    resp = call_with_backoff(
        azure.chat.completions.create,
        model=settings.azure_fraud_deployment,
        messages=[
            {"role": "system", "content": prompts.FRAUD_SYSTEM},
            {"role": "user", "content": f"Claim {claim_id}\n{digest}"},
        ],
        response_format={"type": "json_object"},
        temperature=0,
        seed=7,
    )
    return parse_json_loose(resp.choices[0].message.content or "{}", FraudAssessment)


def summarize_granite(digest: str) -> str:
    model = worker_clients().granite
    return model.generate_text(
        prompt=f"{prompts.SUMMARY_SYSTEM}\n\nClaim documents:\n{digest}\n\nSummary:",
        params={"max_new_tokens": 400, "decoding_method": "greedy"},
    )


def summarize_hf(digest: str) -> str:
    return llm.hf().text_generation(
        f"{prompts.SUMMARY_SYSTEM}\n\n{digest}\n\nSummary:",
        model=settings.hf_summary_model,
        max_new_tokens=400,
        temperature=0.1,
    )


@dramatiq.actor(queue_name="enrich", max_retries=3, store_results=True)
def fraud_score(claim_id: str) -> dict:
    digest = _claim_digest(claim_id)
    assessment = score_fraud(claim_id, digest)
    if assessment.score >= settings.fraud_threshold:
        log.warning("claim %s over SIU threshold (%.2f)", claim_id, assessment.score)
        notify_siu.send(claim_id, assessment.model_dump())
    storage.write_json(f"fraud/{claim_id}.json", assessment.model_dump())
    return assessment.model_dump()


@dramatiq.actor(queue_name="enrich", max_retries=3, store_results=True)
def adjuster_summary(claim_id: str, engine: str = "watsonx") -> str:
    digest = _claim_digest(claim_id)
    if engine == "watsonx":
        summary = summarize_granite(digest)
    elif engine == "hf":
        summary = summarize_hf(digest)
    else:
        # any registered provider works here
        summary = get_provider(engine).complete(digest, system=prompts.SUMMARY_SYSTEM, max_tokens=400).text
    storage.write_json(f"summary/{claim_id}.json", {"summary": summary, "engine": engine})
    log_step("summary", engine=engine, chars=len(summary))
    return summary


@dramatiq.actor(queue_name="enrich", max_retries=0)
def finalize_claim(claim_id: str, fraud_message: dict | None = None) -> None:
    """Completion callback of the claim group. Collects results into one S3 blob."""
    out = {"claim_id": claim_id}
    if fraud_message:
        try:
            out["fraud"] = dramatiq.Message(**fraud_message).get_result(backend=result_backend, block=False)
        except ResultMissing:
            out["fraud"] = None
    out["documents"] = storage.repo.for_claim(claim_id)
    storage.write_json(f"final/{claim_id}.json", json.loads(json.dumps(out, default=str)))


# --- notifications (no model calls) ---

SLACK_WEBHOOK = os.environ.get("SIU_SLACK_WEBHOOK", "")


def _twilio() -> TwilioClient:
    return TwilioClient(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


@dramatiq.actor(queue_name="notify", max_retries=5)
def notify_siu(claim_id: str, assessment: dict) -> None:
    text = f":rotating_light: claim {claim_id} scored {assessment.get('score', 0):.2f} for SIU review"
    if SLACK_WEBHOOK:
        httpx.post(SLACK_WEBHOOK, json={"text": text}, timeout=10).raise_for_status()
    log.info("siu notified for %s", claim_id)


@dramatiq.actor(queue_name="notify", max_retries=5)
def sms_claimant(phone: str, claim_id: str) -> None:
    _twilio().messages.create(
        body=f"We received the documents for claim {claim_id}. We'll be in touch within 2 business days.",
        from_=os.environ.get("TWILIO_FROM", "+15550100"),
        to=phone,
    )
