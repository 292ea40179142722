import logging

from celery.signals import task_prerun, worker_process_init, worker_process_shutdown

from docintel.core.db import dispose_engine
from docintel.core.settings import settings
from docintel.core.worker_clients import clients
from docintel.services.watsonx import reset_api_client

log = logging.getLogger(__name__)


@worker_process_init.connect
def init_worker_process(**_kwargs):
    dispose_engine()
    reset_api_client()
    clients.init(settings)

    if settings.warmup_on_start:
        # First request on a cold deployment can take 20s+ after a scale-out,
        # which trips the classify soft time limit. Pay a few tokens up front.
        try:
            clients.azure.chat.completions.create(
                model=settings.azure_mini_deployment,
                messages=[{"role": "user", "content": "ping"}],
                max_tokens=1,
            )
        except Exception:
            log.warning("azure warm-up failed", exc_info=True)


@worker_process_shutdown.connect
def shutdown_worker_process(**_kwargs):
    try:
        clients.close()
    except Exception:
        log.debug("error closing clients", exc_info=True)


@task_prerun.connect
def log_task_start(task_id=None, task=None, args=None, kwargs=None, **_):
    log.info("task start", extra={"task": getattr(task, "name", None), "task_id": task_id})
