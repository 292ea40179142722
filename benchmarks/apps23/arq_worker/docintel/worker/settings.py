"""ARQ worker entry point: `arq docintel.worker.settings.WorkerSettings`."""
from __future__ import annotations

import asyncpg
import httpx
import structlog
from arq import cron
from arq.connections import RedisSettings

from docintel.config import get_settings
from docintel.providers import (
    ProviderBundle,
    make_anthropic_client,
    make_azure_openai_client,
    make_openai_client,
)
from docintel.services.classifier import DocumentClassifier
from docintel.services.embeddings import EmbeddingService
from docintel.services.extraction import FieldExtractor
from docintel.services.llm_usage_tracker import llm_tracker
from docintel.services.multi_model_service import multi_model_service
from docintel.services.notifications import SlackNotifier
from docintel.services.repository import DocumentRepository
from docintel.services.reranker import Reranker
from docintel.services.summarizer import Summarizer
from docintel.worker.jobs import ALL_JOBS
from docintel.worker.jobs.maintenance import (
    nightly_usage_digest,
    purge_failed_jobs,
    reembed_stale_documents,
    refresh_model_catalog,
)

log = structlog.get_logger(__name__)


async def startup(ctx: dict) -> None:
    settings = get_settings()
    ctx["settings"] = settings

    pool = await asyncpg.create_pool(settings.database_url, min_size=2, max_size=settings.max_jobs)
    ctx["db"] = pool
    ctx["repo"] = DocumentRepository(pool)
    llm_tracker.attach(pool)

    # Flat keys: used by the jobs written before the ProviderBundle refactor.
    ctx["openai"] = make_openai_client(settings)
    ctx["azure_openai"] = make_azure_openai_client(settings)
    ctx["anthropic"] = make_anthropic_client(settings)

    providers = ProviderBundle.from_settings(settings)
    ctx["providers"] = providers

    ctx["http"] = httpx.AsyncClient(timeout=httpx.Timeout(90.0, connect=5.0))
    ctx["slack"] = SlackNotifier(settings.slack_webhook_url, ctx["http"])

    # Services with their clients already wired in.
    ctx["embedder"] = EmbeddingService(
        providers.voyage,
        providers.cohere,
        model=settings.voyage_embed_model,
        fallback_model=settings.cohere_embed_model,
        batch_size=settings.embed_batch_size,
    )
    ctx["reranker"] = Reranker(
        providers.cohere, providers.voyage, cohere_model=settings.cohere_rerank_model
    )
    ctx["classifier"] = DocumentClassifier(ctx["openai"], model=settings.openai_chat_model)
    ctx["extractor"] = FieldExtractor(ctx["anthropic"], model=settings.anthropic_model)
    ctx["summarizer"] = Summarizer(providers.together, settings.together_model)

    multi_model_service.configure(
        openai=providers.openai,
        azure=providers.azure,
        anthropic=providers.anthropic,
        together=providers.together,
    )
    log.info("worker_started", env=settings.environment, jobs=len(ALL_JOBS))


async def shutdown(ctx: dict) -> None:
    await llm_tracker.flush()
    await ctx["providers"].aclose()
    await ctx["openai"].close()
    await ctx["azure_openai"].close()
    await ctx["anthropic"].close()
    await ctx["http"].aclose()
    await ctx["db"].close()
    log.info("worker_stopped")


async def on_job_start(ctx: dict) -> None:
    structlog.contextvars.bind_contextvars(job_id=ctx["job_id"], job_try=ctx["job_try"])


async def after_job_end(ctx: dict) -> None:
    structlog.contextvars.clear_contextvars()


class WorkerSettings:
    functions = ALL_JOBS
    cron_jobs = [
        cron(refresh_model_catalog, hour={4}, minute=10, run_at_startup=False),
        cron(reembed_stale_documents, hour={2}, minute=0, timeout=3600, unique=True),
        cron(nightly_usage_digest, weekday="mon", hour={7}, minute=30),
        cron(purge_failed_jobs, minute={0, 30}),
    ]
    on_startup = startup
    on_shutdown = shutdown
    on_job_start = on_job_start
    after_job_end = after_job_end
    redis_settings = RedisSettings.from_dsn(get_settings().redis_url)
    max_jobs = get_settings().max_jobs
    job_timeout = get_settings().job_timeout_s
    keep_result = 3600
    health_check_interval = 30
