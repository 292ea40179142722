"""Queue-triggered enrichment of uploaded documents."""

from __future__ import annotations

import json
import logging
import os

import azure.functions as func
from azure.storage.queue import QueueClient

from shared_code.clients import deepseek, get_cohere
from shared_code.repository import DocumentRepository
from shared_code.services import prompts
from shared_code.services.enrichment import EnrichmentService
from shared_code.services.image_service import ThumbnailService, render_with_dalle
from shared_code.services.notifications import notify_teams
from shared_code.services.translation import translate_to_english
from shared_code.settings import get_settings

logger = logging.getLogger(__name__)

bp = func.Blueprint()

_repo: DocumentRepository | None = None


def _repository() -> DocumentRepository:
    global _repo
    if _repo is None:
        _repo = DocumentRepository.from_settings()
    return _repo


def _generate_title(body: str) -> str:
    settings = get_settings().vendors
    completion = deepseek.chat.completions.create(
        model=settings.deepseek_model,
        messages=[
            {"role": "system", "content": prompts.TITLE_SYSTEM},
            {"role": "user", "content": body[:6000]},
        ],
        max_tokens=40,
        temperature=0.3,
    )
    return (completion.choices[0].message.content or "Untitled document").strip().strip('"')


@bp.queue_trigger(arg_name="msg", queue_name="doc-enrichment", connection="AzureWebJobsStorage")
def enrich_document(msg: func.QueueMessage) -> None:
    payload = msg.get_json()
    tenant_id, document_id = payload["tenant_id"], payload["document_id"]
    logger.info("Enriching %s/%s (dequeue count %s)", tenant_id, document_id, msg.dequeue_count)

    repo = _repository()
    record = repo.get(tenant_id, document_id)
    if record is None:
        logger.warning("Document %s/%s vanished before enrichment", tenant_id, document_id)
        return

    settings = get_settings()
    if settings.feature_flags.get("use_hf_translation") and record.language != "en":
        record.body = translate_to_english(record.body, record.language)

    if not record.title or record.title.lower() in {"untitled", "document", "scan"}:
        record.title = _generate_title(record.body)

    service = EnrichmentService(cohere_client=get_cohere())
    result = service.enrich(record, with_embedding=False)
    record.category = result.category or record.category
    record.tags = result.tags or record.tags
    record.status = "enriched" if result.ok else "enrichment_partial"
    repo.upsert(record)

    if not result.ok:
        logger.warning("Partial enrichment for %s: %s", document_id, result.errors)


@bp.queue_trigger(arg_name="msg", queue_name="doc-enrichment-poison", connection="AzureWebJobsStorage")
def enrichment_poison(msg: func.QueueMessage) -> None:
    """Messages that failed 5 times land here; park them and tell the on-call channel."""
    body = msg.get_body().decode("utf-8", errors="replace")
    logger.error("Poison message %s: %s", msg.id, body[:500])
    parked = QueueClient.from_connection_string(
        os.environ["AzureWebJobsStorage"], queue_name="doc-enrichment-parked"
    )
    parked.send_message(json.dumps({"original_id": msg.id, "body": body}))
    notify_teams("DocIntel enrichment failure", f"Message {msg.id} moved to doc-enrichment-parked.\n\n{body[:1000]}")


@bp.queue_trigger(arg_name="msg", queue_name="thumbnail-requests", connection="AzureWebJobsStorage")
def generate_thumbnail(msg: func.QueueMessage) -> None:
    payload = msg.get_json()
    repo = _repository()
    record = repo.get(payload["tenant_id"], payload["document_id"])
    if record is None:
        return
    topic = record.title or (record.tags[0] if record.tags else "business document")
    if payload.get("restricted_processing"):
        url = render_with_dalle(topic)
    else:
        url = ThumbnailService().render(topic)
    repo.mark_status(record.tenant_id, record.document_id, record.status, ThumbnailUrl=url or "")
