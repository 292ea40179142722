"""Field extraction jobs (Claude), with an Azure fallback for EU tenants."""
from __future__ import annotations

import json

import structlog
from anthropic import APIStatusError

from docintel.services.extraction import EXTRACTION_SYSTEM, SCHEMAS, FieldExtractor, merge_extractions
from docintel.services.llm_usage_tracker import llm_tracker
from docintel.worker.context import anthropic_client, repo_of, settings_of, with_backoff

log = structlog.get_logger(__name__)

LONG_DOC_CHARS = 150_000


async def extract_fields(ctx: dict, doc_id: str) -> dict:
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    if doc.doc_type not in SCHEMAS:
        log.info("extract_skipped", doc_id=doc_id, doc_type=doc.doc_type)
        return {}
    if doc.region == "eu":
        return await _extract_azure(ctx, doc)

    extractor: FieldExtractor = ctx["extractor"]
    text = doc.text or "\n".join(doc.pages)
    if len(text) > LONG_DOC_CHARS:
        fields = await extractor.extract_long(doc.doc_type, text)
    else:
        fields = await extractor.extract(doc.doc_type, text)
    await repo.save_fields(doc_id, fields, extractor.model)
    return fields


async def _extract_azure(ctx: dict, doc) -> dict:
    settings = settings_of(ctx)
    azure = ctx["azure_openai"]
    schema = json.dumps(SCHEMAS[doc.doc_type])
    completion = await azure.chat.completions.create(
        model=settings.azure_openai_deployment,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": f"{EXTRACTION_SYSTEM}\nJSON schema: {schema}"},
            {"role": "user", "content": doc.text or "\n".join(doc.pages)},
        ],
        temperature=0,
    )
    fields = json.loads(completion.choices[0].message.content or "{}")
    await repo_of(ctx).save_fields(doc.id, fields, settings.azure_openai_deployment)
    return fields


async def extract_line_items(ctx: dict, doc_id: str) -> list[dict]:
    """Per-page line items for invoices. Pages are done independently then merged."""
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    settings = settings_of(ctx)
    client = anthropic_client(ctx)
    parts = []
    for page in doc.pages:
        try:
            message = await client.messages.create(
                model=settings.anthropic_fast_model,
                max_tokens=2048,
                system="Extract invoice line items as a JSON array of "
                "{description, quantity, unit_price, amount}. Reply with JSON only.",
                messages=[{"role": "user", "content": page}],
            )
        except APIStatusError as exc:
            log.warning("line_items_page_failed", doc_id=doc_id, status=exc.status_code)
            continue
        raw = message.content[0].text if message.content else "[]"
        try:
            parts.append({"line_items": json.loads(raw)})
        except json.JSONDecodeError:
            log.warning("line_items_bad_json", doc_id=doc_id)
    merged = merge_extractions(parts)
    return merged.get("line_items", [])


async def normalize_parties(ctx: dict, doc_id: str) -> list[str]:
    """Canonicalise counterparty names against the tenant's vendor master data."""
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    settings = settings_of(ctx)
    vendors = await repo.pool.fetch("SELECT name FROM vendors WHERE tenant_id = $1", doc.tenant_id)
    vendor_list = "\n".join(r["name"] for r in vendors)
    message = await with_backoff(ctx["anthropic"].messages.create,
        model=settings.anthropic_fast_model,
        max_tokens=512,
        messages=[
            {
                "role": "user",
                "content": f"Known vendors:\n{vendor_list}\n\nMap each party in this document "
                f"to a known vendor name, one per line:\n{(doc.text or '')[:12000]}",
            }
        ],
    )
    return [line.strip() for line in message.content[0].text.splitlines() if line.strip()]


async def verify_extraction(ctx: dict, doc_id: str) -> dict:
    """Second-pass check of extracted totals. Wrapped in the usage tracker (LLM-412)."""
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    settings = settings_of(ctx)
    row = await repo.pool.fetchrow("SELECT fields FROM extracted_fields WHERE document_id = $1", doc_id)
    fields = json.loads(row["fields"]) if row else {}
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.anthropic_model,
        feature_context="extraction_verify",
        tenant_id=doc.tenant_id,
    ) as usage_log:
        message = await ctx["anthropic"].messages.create(
            model=settings.anthropic_model,
            max_tokens=1024,
            messages=[
                {
                    "role": "user",
                    "content": "Check these extracted fields against the document. Reply JSON "
                    '{"ok": bool, "problems": [...]}.\n'
                    f"Fields: {json.dumps(fields)}\n\nDocument:\n{doc.text}",
                }
            ],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    verdict = json.loads(message.content[0].text)
    if not verdict.get("ok", True):
        await repo.set_status(doc_id, "needs_review", error="; ".join(verdict.get("problems", [])))
    return verdict
