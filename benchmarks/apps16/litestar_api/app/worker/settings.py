"""SAQ worker entry point: ``saq app.worker.settings.settings``."""
from __future__ import annotations

import logging

import boto3
from saq import CronJob

from app.clients.azure_openai import get_azure_openai
from app.clients.bedrock import make_bedrock_runtime
from app.clients.voyage import get_voyage
from app.config import get_settings
from app.logging_config import configure_logging
from app.worker import batch, tasks
from app.worker.queue import queue

logger = logging.getLogger(__name__)


async def startup(ctx: dict) -> None:
    configure_logging()
    settings = get_settings()
    # Jobs are mostly sync-SDK work pushed to threads, so sync clients here.
    ctx["azure"] = get_azure_openai()
    ctx["bedrock"] = make_bedrock_runtime(settings.aws_region)
    ctx["voyage"] = get_voyage()
    ctx["s3"] = boto3.client("s3", region_name=settings.aws_region)
    ctx["queue"] = queue
    logger.info("worker started (bedrock region %s)", settings.aws_region)


async def shutdown(ctx: dict) -> None:
    azure = ctx.get("azure")
    if azure is not None:
        azure.close()


async def before_process(ctx: dict) -> None:
    job = ctx.get("job")
    if job is not None:
        logger.info("job start %s %s", job.function, job.key)


settings = {
    "queue": queue,
    "functions": [
        tasks.ingest_document,
        tasks.reindex_matter,
        tasks.summarize_deposition_job,
        tasks.deposition_key_facts,
        tasks.classify_documents,
        tasks.process_docket_email,
        batch.submit_azure_reclassification,
        batch.collect_azure_batches,
        batch.submit_bedrock_clause_batch,
    ],
    "concurrency": 8,
    "cron_jobs": [
        CronJob(batch.submit_azure_reclassification, cron="15 2 * * *"),
        CronJob(batch.collect_azure_batches, cron="*/20 * * * *"),
        CronJob(batch.submit_bedrock_clause_batch, cron="0 3 * * 6"),
    ],
    "startup": startup,
    "shutdown": shutdown,
    "before_process": before_process,
}
