"""Worker entrypoint.

    python -m backoffice.worker [--queue backoffice-main] [--check]

Builds the shared provider clients once and hands them to the activity classes.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import signal
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List

from temporalio.client import Client
from temporalio.worker import Worker

from backoffice.activities import legacy, vendor_matching
from backoffice.activities.batch_jobs import BatchActivities
from backoffice.activities.contracts import ContractReviewActivities, RedlineActivities
from backoffice.activities.documents import DocumentActivities
from backoffice.activities.email_triage import EmailTriageActivities
from backoffice.activities.invoices import InvoiceActivities
from backoffice.activities.reporting import ReportingActivities
from backoffice.clients import ClientBundle, build_client_bundle
from backoffice.config import Settings, get_settings
from backoffice.logging_setup import configure_logging
from backoffice.workflows import ALL_WORKFLOWS

logger = logging.getLogger("backoffice.worker")


def build_activities(clients: ClientBundle, settings: Settings) -> List[Callable]:
    invoices = InvoiceActivities(clients, settings)
    triage = EmailTriageActivities(clients, settings)
    documents = DocumentActivities(clients, settings)
    contracts = ContractReviewActivities(clients, settings)
    batches = BatchActivities(clients, settings)
    reporting = ReportingActivities(clients, settings)
    redlines = RedlineActivities()

    return [
        # v2 class-based
        invoices.load_invoice_text,
        invoices.extract_fields,
        invoices.extract_line_items,
        invoices.suggest_gl_code,
        invoices.check_against_po,
        invoices.persist_result,
        triage.classify,
        triage.detect_language,
        triage.moderate,
        triage.translate_to_english,
        triage.draft_reply,
        documents.ocr_document,
        documents.split,
        documents.embed_chunks,
        documents.store_chunks,
        contracts.load_contract,
        contracts.review,
        contracts.summarize_for_legal,
        contracts.explain_high_risk,
        redlines.rewrite_clause,
        redlines.cover_note,
        batches.submit_openai_batch,
        batches.poll_openai_batch,
        batches.submit_anthropic_batch,
        batches.submit_bedrock_batch,
        reporting.summarize_kpis,
        reporting.explain_anomalies,
        reporting.suggest_title,
        reporting.write_commentary,
        reporting.publish,
        # module-level, not yet migrated
        vendor_matching.find_vendor_candidates,
        vendor_matching.pick_vendor,
        vendor_matching.embed_vendor_query,
        # v1, replay only
        legacy.extract_invoice_fields_v1,
        legacy.classify_vendor_category_v1,
        legacy.triage_email_v1,
        legacy.suggest_gl_code_v1,
        legacy.embed_invoice_text_v1,
    ]


def preflight(clients: ClientBundle, settings: Settings) -> None:
    """Fail fast on bad credentials before we start polling the task queue."""
    model_ids = {m.id for m in clients.openai.models.list()}
    for wanted in (settings.models.extraction, settings.models.extraction_mini):
        if wanted not in model_ids:
            raise SystemExit(f"OpenAI model {wanted} not available to this key")
    summaries = clients.bedrock_control.list_foundation_models(byProvider="Anthropic")["modelSummaries"]
    available = {m["modelId"] for m in summaries}
    if settings.models.contracts_bedrock not in available:
        logger.warning("bedrock model %s not listed in %s", settings.models.contracts_bedrock, settings.aws_region)
    logger.info("preflight ok (%d openai models, %d bedrock anthropic models)", len(model_ids), len(available))


async def run_worker(queue: str, check: bool) -> None:
    settings = get_settings()
    clients = build_client_bundle(settings)
    if check:
        preflight(clients, settings)

    temporal = await Client.connect(settings.temporal_host, namespace=settings.temporal_namespace)
    executor = ThreadPoolExecutor(max_workers=settings.max_concurrent_activities)
    worker = Worker(
        temporal,
        task_queue=queue,
        workflows=ALL_WORKFLOWS,
        activities=build_activities(clients, settings),
        activity_executor=executor,
        max_concurrent_activities=settings.max_concurrent_activities,
    )

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    logger.info("worker starting on queue=%s namespace=%s", queue, settings.temporal_namespace)
    async with worker:
        await stop.wait()
    logger.info("worker stopped")
    executor.shutdown(wait=True)
    clients.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queue", default=None)
    parser.add_argument("--check", action="store_true", help="verify provider credentials first")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args()
    configure_logging(args.log_level, json_output=get_settings().is_prod)
    asyncio.run(run_worker(args.queue or get_settings().task_queue, args.check))


if __name__ == "__main__":
    main()
