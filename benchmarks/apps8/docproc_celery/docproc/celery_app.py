from celery import Celery
from celery.signals import setup_logging, worker_process_init
from kombu import Queue

from docproc.logging_config import configure_logging
from docproc.settings import settings

celery_app = Celery("docproc", broker=settings.broker_url, backend=settings.result_backend)

celery_app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    task_reject_on_worker_lost=True,
    result_expires=60 * 60 * 24,
    task_queues=(
        Queue("ingest"),
        Queue("llm"),
        Queue("embed"),
        Queue("maintenance"),
    ),
    task_default_queue="ingest",
    task_routes={
        "docproc.tasks.summarize.*": {"queue": "llm"},
        "docproc.tasks.classify.*": {"queue": "llm"},
        "docproc.tasks.review.*": {"queue": "llm"},
        "docproc.tasks.batch.*": {"queue": "llm"},
        "docproc.tasks.embed.*": {"queue": "embed"},
        "docproc.tasks.maintenance.*": {"queue": "maintenance"},
    },
    beat_schedule={
        "nightly-summary-batch": {
            "task": "docproc.tasks.batch.submit_nightly_summary_batch",
            "schedule": 60 * 60 * 24,
        },
        "poll-provider-batches": {
            "task": "docproc.tasks.batch.poll_batches",
            "schedule": 60 * 15,
        },
        "provider-healthcheck": {
            "task": "docproc.tasks.maintenance.provider_healthcheck",
            "schedule": 60 * 5,
        },
    },
)

celery_app.autodiscover_tasks(
    [
        "docproc.tasks.ingest",
        "docproc.tasks.summarize",
        "docproc.tasks.classify",
        "docproc.tasks.embed",
        "docproc.tasks.batch",
        "docproc.tasks.review",
        "docproc.tasks.maintenance",
    ],
    related_name=None,
)


@setup_logging.connect
def _setup_logging(**_kwargs):
    configure_logging()


@worker_process_init.connect
def _reset_clients_after_fork(**_kwargs):
    from docproc.clients import reset_clients

    reset_clients()
