"""arq worker entry point: `arq app.workers.main.WorkerSettings`."""
from arq import cron
from arq.connections import RedisSettings

from app import cache
from app.clients import close_clients, init_clients
from app.config import settings
from app.logging_config import configure_logging, get_logger
from app.services.embeddings import EmbeddingService
from app.workers import tasks

log = get_logger(__name__)


async def startup(ctx: dict) -> None:
    configure_logging()
    clients = init_clients()
    await cache.init_redis()
    ctx["clients"] = clients
    ctx["openai"] = clients.openai
    ctx["anthropic"] = clients.anthropic
    ctx["genai"] = clients.genai
    ctx["embeddings"] = EmbeddingService(
        openai_client=clients.openai,
        genai_client=clients.genai,
        mistral_client=clients.mistral,
        provider=settings.embedding_provider,
    )
    log.info("worker_started")


async def shutdown(ctx: dict) -> None:
    await close_clients()
    await cache.close_redis()
    log.info("worker_stopped")


class WorkerSettings:
    redis_settings = RedisSettings.from_dsn(settings.redis_url)
    on_startup = startup
    on_shutdown = shutdown
    functions = [
        tasks.triage_ticket,
        tasks.investigate_ticket,
        tasks.reindex_articles,
        tasks.submit_summary_batch,
        tasks.submit_claude_batch,
        tasks.poll_batches,
    ]
    cron_jobs = [
        cron(tasks.daily_digest, hour=6, minute=0),
        cron(tasks.weekly_report, weekday="mon", hour=7, minute=0),
        cron(tasks.submit_summary_batch, hour=1, minute=30),
    ]
    max_jobs = 20
    job_timeout = 900
