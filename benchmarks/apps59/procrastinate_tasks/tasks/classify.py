"""Classification blueprint (registered under the ``classify`` namespace)."""
from __future__ import annotations

import json
import logging

import procrastinate
from procrastinate import JobContext

from docproc import prompts
from docproc.chunking import truncate
from docproc.db import get_repository
from docproc.services.multi_model_service import TaskComplexity, multi_model_service
from docproc.settings import get_settings
from llm.router import get_router
from tasks.context import granite, openai_client

logger = logging.getLogger(__name__)

bp = procrastinate.Blueprint()

DEFAULT_LABELS = ["invoice", "contract", "resume", "report", "correspondence", "other"]


def _parse_label(raw: str, labels: list[str]) -> tuple[str, float]:
    try:
        data = json.loads(raw)
        label = str(data.get("label", "other")).lower()
        conf = float(data.get("confidence", 0.0))
    except (json.JSONDecodeError, ValueError, AttributeError):
        label, conf = raw.strip().lower(), 0.0
    return (label if label in labels else "other"), conf


@bp.task(queue="llm", retry=5, pass_context=True)
async def classify_document(context: JobContext, document_id: str, labels: list[str] | None = None) -> str:
    labels = labels or DEFAULT_LABELS
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return "missing"
    client = openai_client(context)
    resp = await client.chat.completions.create(
        model=get_settings().classify_model,
        response_format={"type": "json_object"},
        temperature=0,
        messages=[
            {"role": "system", "content": prompts.CLASSIFY_SYSTEM.format(labels=", ".join(labels))},
            {"role": "user", "content": truncate(doc.body, 6000)},
        ],
    )
    label, conf = _parse_label(resp.choices[0].message.content or "", labels)
    if conf < 0.5:
        # low confidence: ask the router's (bigger) classify route for a second opinion
        second = await get_router().complete(
            "classify",
            [{"role": "user", "content": truncate(doc.body, 12000)}],
            system=prompts.CLASSIFY_SYSTEM.format(labels=", ".join(labels)),
        )
        label, conf = _parse_label(second.text, labels)
    await repo.set_labels(doc.id, sorted(set(doc.labels) | {label}))
    logger.info("classified %s as %s (%.2f)", document_id, label, conf)
    if label in ("invoice", "contract"):
        from tasks.extract import extract_fields

        await extract_fields.defer_async(document_id=document_id, kind=label)
    return label


@bp.task(queue="llm", pass_context=True)
async def detect_language(context: JobContext, document_id: str) -> str:
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return "und"
    model = granite(context)
    resp = model.chat(
        messages=[
            {"role": "system", "content": "Reply with the ISO 639-1 code of the document language only."},
            {"role": "user", "content": doc.body[:3000]},
        ]
    )
    code = resp["choices"][0]["message"]["content"].strip().lower()[:2]
    await repo.set_labels(doc.id, sorted(set(doc.labels) | {f"lang:{code}"}))
    return code


@bp.task(queue="llm")
async def suggest_tags(document_id: str) -> list[str]:
    """Tracked path: goes through multi_model_service."""
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return []
    raw = await multi_model_service.generate_response(
        prompt=f"List up to 5 short topical tags, comma separated, for:\n\n{truncate(doc.body, 4000)}",
        task_type="tagging",
        complexity=TaskComplexity.SIMPLE,
        tenant_id=doc.tenant_id,
    )
    tags = [t.strip().lower() for t in raw.split(",") if t.strip()][:5]
    await repo.set_labels(doc.id, sorted(set(doc.labels) | {f"tag:{t}" for t in tags}))
    return tags
