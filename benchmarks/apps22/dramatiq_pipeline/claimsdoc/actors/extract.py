"""Field extraction, per doc type."""
from __future__ import annotations

import json

import dramatiq
from pydantic import BaseModel

from claimsdoc import prompts, storage
from claimsdoc.actors._shared import Timer, llm, log_step
from claimsdoc.clients import get_anthropic, get_bedrock_runtime
from claimsdoc.schemas import EXTRACT_SCHEMA_JSON, ExtractedFields, parse_json_loose
from claimsdoc.services.llm_usage_tracker import llm_tracker
from claimsdoc.settings import settings


class InvoiceFields(BaseModel):
    provider_name: str | None = None
    invoice_number: str | None = None
    total_amount: float | None = None
    currency: str = "USD"


def extract_with_claude(doc_type: str, claim_id: str, text: str) -> ExtractedFields:
    with Timer() as t:
        msg = get_anthropic().messages.create(
            model=settings.anthropic_model,
            max_tokens=1500,
            system=prompts.EXTRACT_SYSTEM.format(schema=EXTRACT_SCHEMA_JSON),
            messages=[
                {"role": "user", "content": prompts.render_extract(doc_type, claim_id, text)},
                {"role": "assistant", "content": "{"},
            ],
        )
    log_step("extract_claude", ms=t.ms, in_tok=msg.usage.input_tokens, out_tok=msg.usage.output_tokens)
    return parse_json_loose("{" + msg.content[0].text, ExtractedFields)


def extract_invoice(text: str) -> InvoiceFields:
    completion = llm.openai().beta.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Extract invoice header fields."},
            {"role": "user", "content": prompts.truncate(text, 8000)},
        ],
        response_format=InvoiceFields,
    )
    return completion.choices[0].message.parsed or InvoiceFields()


def extract_medical_bedrock(claim_id: str, text: str) -> ExtractedFields:
    """Medical records go to Bedrock (BAA in place) instead of the Anthropic API."""
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 1500,
        "system": prompts.EXTRACT_SYSTEM.format(schema=EXTRACT_SCHEMA_JSON),
        "messages": [{"role": "user", "content": prompts.render_extract("medical_record", claim_id, text)}],
    }
    resp = get_bedrock_runtime().invoke_model(
        modelId=settings.bedrock_model_id,
        body=json.dumps(body),
    )
    payload = json.loads(resp["body"].read())
    return parse_json_loose(payload["content"][0]["text"], ExtractedFields)


@dramatiq.actor(queue_name="extract", max_retries=4, time_limit=5 * 60_000, store_results=True)
def extract_fields(classified: dict) -> dict:
    doc_type = classified["doc_type"]
    claim_id = classified["claim_id"]
    text = classified["text"]
    if doc_type == "medical_record":
        fields = extract_medical_bedrock(claim_id, text)
    elif doc_type == "invoice":
        inv = extract_invoice(text)
        fields = ExtractedFields(provider_name=inv.provider_name, total_amount=inv.total_amount)
    elif doc_type in ("photo_log", "other"):
        fields = ExtractedFields()
    else:
        fields = extract_with_claude(doc_type, claim_id, text)
    storage.repo.set_status(classified["document_id"], "extracted", fields=fields.model_dump_json())
    return {**classified, "fields": fields.model_dump(mode="json")}


@dramatiq.actor(queue_name="extract", max_retries=4, store_results=True)
async def extract_fields_bedrock_tracked(classified: dict) -> dict:
    """Tracked variant for the Bedrock path (FINOPS-212)."""
    runtime = get_bedrock_runtime()
    async with llm_tracker.track_llm_call(
        provider="bedrock", model=settings.bedrock_model_id, feature_context="field_extraction"
    ) as usage_log:
        resp = runtime.converse(
            modelId=settings.bedrock_model_id,
            system=[{"text": prompts.EXTRACT_SYSTEM.format(schema=EXTRACT_SCHEMA_JSON)}],
            messages=[{"role": "user", "content": [{"text": prompts.render_extract(
                classified["doc_type"], classified["claim_id"], classified["text"])}]}],
            inferenceConfig={"maxTokens": 1500, "temperature": 0},
        )
        usage_log.input_tokens = resp["usage"]["inputTokens"]
        usage_log.output_tokens = resp["usage"]["outputTokens"]
    text = resp["output"]["message"]["content"][0]["text"]
    fields = parse_json_loose(text, ExtractedFields)
    return {**classified, "fields": fields.model_dump(mode="json")}


def count_extract_tokens(doc_type: str, claim_id: str, text: str) -> int:
    """Used by the admin 'estimate cost' button."""
    res = get_anthropic().messages.count_tokens(
        model=settings.anthropic_model,
        system=prompts.EXTRACT_SYSTEM.format(schema=EXTRACT_SCHEMA_JSON),
        messages=[{"role": "user", "content": prompts.render_extract(doc_type, claim_id, text)}],
    )
    return res.input_tokens
