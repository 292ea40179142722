"""arq worker entry point: ``arq app.worker.settings.WorkerSettings``.

Clients are created once per worker process in ``startup`` and handed to tasks
through ``ctx`` (tasks must not build their own).
"""
import logging

import voyageai
from arq import cron
from arq.connections import RedisSettings
from google import genai
from openai import AsyncAzureOpenAI

from app.core.config import settings
from app.worker import media_tasks, tasks

logger = logging.getLogger("app.worker")


async def startup(ctx: dict) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    ctx["azure"] = AsyncAzureOpenAI(
        azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
        api_key=settings.AZURE_OPENAI_API_KEY,
        api_version=settings.AZURE_OPENAI_API_VERSION,
        max_retries=5,
        timeout=120.0,
    )
    ctx["voyage"] = voyageai.AsyncClient(api_key=settings.VOYAGE_API_KEY, max_retries=5, timeout=60)
    ctx["genai"] = genai.Client(api_key=settings.GEMINI_API_KEY)
    logger.info("worker clients ready")


async def shutdown(ctx: dict) -> None:
    await ctx["azure"].close()


class WorkerSettings:
    functions = [
        tasks.index_document,
        tasks.summarize_document,
        tasks.reindex_tenant,
        media_tasks.generate_alt_text,
        media_tasks.rescan_flagged_content,
        media_tasks.submit_alt_text_backfill,
    ]
    cron_jobs = [
        cron(tasks.weekly_digest, weekday="mon", hour=6, minute=0),
        cron(tasks.submit_summary_backfill, hour=2, minute=30),
    ]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings(host=settings.REDIS_HOST, port=settings.REDIS_PORT)
    max_jobs = 20
    job_timeout = 600
