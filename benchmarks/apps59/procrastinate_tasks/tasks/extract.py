"""Structured extraction blueprint (``extract`` namespace)."""
from __future__ import annotations

import json
import logging
from typing import Any

import procrastinate
from procrastinate import JobContext

from docproc import prompts
from docproc.chunking import truncate
from docproc.db import get_repository
from docproc.models import Extraction
from docproc.services.llm_usage_tracker import llm_tracker
from docproc.settings import get_settings
from llm.clients import get_anthropic, get_mistral
from tasks.context import anthropic_client

logger = logging.getLogger(__name__)

bp = procrastinate.Blueprint()

SCHEMAS = {"invoice": prompts.INVOICE_FIELDS, "contract": prompts.CONTRACT_FIELDS}


def _tool(kind: str) -> dict[str, Any]:
    return {
        "name": f"record_{kind}",
        "description": f"Record the fields extracted from the {kind}.",
        "input_schema": SCHEMAS[kind],
    }


@bp.task(queue="llm", retry=4, pass_context=True)
async def extract_fields(context: JobContext, document_id: str, kind: str) -> dict[str, Any]:
    if kind not in SCHEMAS:
        raise ValueError(f"unsupported kind {kind}")
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return {}
    model = get_settings().extract_model
    client = anthropic_client(context)
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context=f"extract_{kind}", tenant_id=doc.tenant_id
    ) as usage_log:
        resp = await client.messages.create(
            model=model,
            max_tokens=1024,
            system=prompts.EXTRACT_SYSTEM,
            tools=[_tool(kind)],
            tool_choice={"type": "tool", "name": f"record_{kind}"},
            messages=[{"role": "user", "content": truncate(doc.body, 30000)}],
        )
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
    fields: dict[str, Any] = {}
    for block in resp.content:
        if block.type == "tool_use":
            fields = dict(block.input)
    await repo.save_extraction(Extraction(doc.id, fields, model))
    return fields


@bp.task(queue="llm", retry=2)
def extract_fields_sync(document_id: str, body: str, kind: str = "invoice") -> dict[str, Any]:
    """Old synchronous variant still deferred by the nightly importer."""
    resp = get_anthropic().messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=1024,
        tools=[_tool(kind)],
        tool_choice={"type": "any"},
        messages=[{"role": "user", "content": body[:60000]}],
    )
    for block in resp.content:
        if block.type == "tool_use":
            return dict(block.input)
    return {}


@bp.task(queue="ocr", retry=3)
async def ocr_and_extract(document_id: str, document_url: str) -> str:
    """Scanned PDFs: Mistral OCR first, then the regular pipeline."""
    mistral = get_mistral()
    ocr = await mistral.ocr.process_async(
        model="mistral-ocr-latest",
        document={"type": "document_url", "document_url": document_url},
    )
    text = "\n\n".join(page.markdown for page in ocr.pages)
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is not None:
        async with repo.pool.connection() as conn:
            await conn.execute("UPDATE documents SET body = %s WHERE id = %s", (text, doc.id))
    return json.dumps({"pages": len(ocr.pages)})


@bp.task(queue="llm", retry=3, pass_context=True)
async def extract_entities(context: JobContext, document_id: str) -> dict[str, list[str]]:
    from llm.router import Entities, parse_into
    from tasks.context import openai_client

    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return {}
    entities = await parse_into(openai_client(context), Entities, truncate(doc.body, 20000))
    if entities is None:
        return {}
    await repo.save_extraction(Extraction(doc.id, entities.model_dump(), "gpt-4o-mini"))
    return entities.model_dump()
