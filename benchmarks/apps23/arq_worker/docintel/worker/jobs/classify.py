"""Classification, PII screening and moderation."""
from __future__ import annotations

import json

import structlog

from docintel.services.classifier import DocumentClassifier
from docintel.services.multi_model_service import TaskComplexity, multi_model_service
from docintel.worker.context import (
    chat_client_for_tenant,
    openai_client,
    repo_of,
    settings_of,
)

log = structlog.get_logger(__name__)

PII_SYSTEM = """List every category of personal data present in the text
(names, emails, phone numbers, national IDs, bank accounts, health data, addresses).
Reply as JSON: {"categories": [...], "examples": [...]} with at most 3 redacted examples."""


async def classify_document(ctx: dict, doc_id: str) -> dict:
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    text = "\n".join(doc.pages[:3])

    classifier: DocumentClassifier = ctx["classifier"]
    if doc.region == "eu":
        # EU data must not leave Azure EU; build a classifier on the tenant's client.
        classifier = DocumentClassifier(
            chat_client_for_tenant(ctx, doc.region), model=settings_of(ctx).azure_openai_deployment
        )
    result = await classifier.classify(text)
    await repo.save_classification(doc_id, result.doc_type, result.language, result.contains_pii)

    if result.contains_pii:
        await ctx["redis"].enqueue_job("screen_pii", doc_id, _job_id=f"pii:{doc_id}")
    log.info("classified", doc_id=doc_id, doc_type=result.doc_type, conf=result.confidence)
    return result.model_dump()


async def screen_pii(ctx: dict, doc_id: str) -> dict:
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    settings = settings_of(ctx)
    client = chat_client_for_tenant(ctx, doc.region)
    model = settings.azure_openai_deployment if doc.region == "eu" else settings.openai_chat_model
    completion = await client.chat.completions.create(
        model=model,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": PII_SYSTEM},
            {"role": "user", "content": (doc.text or "")[:20_000]},
        ],
        temperature=0,
    )
    report = json.loads(completion.choices[0].message.content or "{}")
    await repo.pool.execute(
        "UPDATE documents SET pii_report = $2 WHERE id = $1", doc_id, json.dumps(report)
    )
    return report


async def moderate_upload(ctx: dict, doc_id: str) -> bool:
    """Customer portals let end users upload; flag abusive content before indexing."""
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    client = openai_client(ctx)
    samples = [p[:4000] for p in doc.pages[:5]] or [""]
    moderation = await client.moderations.create(model="omni-moderation-latest", input=samples)
    flagged = any(r.flagged for r in moderation.results)
    if flagged:
        await repo.set_status(doc_id, "quarantined", error="moderation")
    return flagged


async def suggest_tags(ctx: dict, doc_id: str) -> list[str]:
    """New-style job: goes through the tracked service."""
    doc = await repo_of(ctx).get(doc_id)
    response = await multi_model_service.generate_response(
        prompt=f"Suggest up to 6 short filing tags for this {doc.doc_type}:\n\n{(doc.text or '')[:8000]}",
        task_type="tagging",
        complexity=TaskComplexity.SIMPLE,
        json_mode=True,
        system='Reply as JSON: {"tags": ["..."]}',
    )
    tags = json.loads(response.text).get("tags", [])
    await repo_of(ctx).pool.execute("UPDATE documents SET tags = $2 WHERE id = $1", doc_id, tags)
    return tags
