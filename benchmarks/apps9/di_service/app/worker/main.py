"""Worker entry point: ``python -m app.worker.main``."""
import asyncio
import logging
import signal

from app.containers import Container
from app.logging_config import configure_logging
from app.settings import get_settings
from app.worker.tasks import JOBS

logger = logging.getLogger("app.worker")


def _check_azure(container: Container) -> None:
    """Fail fast on a bad deployment name or key instead of failing every job later."""
    deployment = container.config.azure.mini_deployment()
    container.azure_openai_client().chat.completions.create(
        model=deployment,
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    logger.info("azure deployment %s reachable", deployment)


async def run(container: Container, stop: asyncio.Event) -> None:
    queue = container.job_queue()
    while not stop.is_set():
        job = await queue.next(timeout=5)
        if job is None:
            continue
        handler = JOBS.get(job.name)
        if handler is None:
            logger.error("unknown job %s, dropping", job.name)
            continue
        try:
            await handler(**job.kwargs)
            logger.info("job %s (%s) done", job.name, job.id)
        except Exception:
            logger.exception("job %s (%s) failed", job.name, job.id)
            await queue.retry(job)


def main() -> None:
    settings = get_settings()
    configure_logging(settings.log_level)
    container = Container()
    container.config.from_pydantic(settings)

    if settings.environment != "dev":
        _check_azure(container)

    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        loop.run_until_complete(run(container, stop))
    finally:
        loop.run_until_complete(container.db_engine().dispose())
        loop.close()


if __name__ == "__main__":
    main()
