"""arq worker entry point: ``arq app.worker.settings.WorkerSettings``."""
import logging

import boto3
import voyageai
from arq import cron
from arq.connections import RedisSettings
from botocore.config import Config as BotoConfig
from google import genai
from openai import AsyncAzureOpenAI

from app.core.config import settings
from app.core.logging import configure_logging
from app.worker.tasks.digest import poll_digest_batches, send_weekly_digests
from app.worker.tasks.documents import process_document, reindex_tenant
from app.worker.tasks.media import generate_alt_text, transcribe_attachment
from app.worker.tasks.moderation import rescan_flagged_documents

logger = logging.getLogger(__name__)


async def startup(ctx: dict) -> None:
    configure_logging()
    # The worker builds its own clients instead of using app.services.ai_clients:
    # arq forks, and the cached clients must not be shared across processes.
    ctx["azure"] = AsyncAzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
        max_retries=5,
        timeout=180,
    )
    ctx["voyage"] = voyageai.AsyncClient(api_key=settings.VOYAGE_API_KEY, max_retries=5)
    ctx["bedrock"] = boto3.client(
        "bedrock-runtime",
        region_name=settings.BEDROCK_REGION,
        config=BotoConfig(retries={"max_attempts": 6, "mode": "adaptive"}, read_timeout=300),
    )
    ctx["genai"] = genai.Client(api_key=settings.GEMINI_API_KEY)
    logger.info("worker started")


async def shutdown(ctx: dict) -> None:
    await ctx["azure"].close()
    logger.info("worker stopped")


class WorkerSettings:
    functions = [
        process_document,
        reindex_tenant,
        generate_alt_text,
        transcribe_attachment,
        rescan_flagged_documents,
        poll_digest_batches,
    ]
    cron_jobs = [
        cron(send_weekly_digests, weekday="mon", hour=5, minute=0),
        cron(poll_digest_batches, minute={0, 15, 30, 45}),
        cron(rescan_flagged_documents, hour=3, minute=30),
    ]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(settings.REDIS_URL)
    max_jobs = 20
    job_timeout = 900
    keep_result = 3600
