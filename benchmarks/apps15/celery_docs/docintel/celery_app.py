from celery import Celery
from celery.schedules import crontab
from kombu import Queue

from docintel.core.log_config import configure_logging
from docintel.core.settings import settings

configure_logging(settings.log_level, json_output=settings.env != "local")

app = Celery("docintel", broker=settings.broker_url, backend=settings.result_backend)

app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    worker_max_tasks_per_child=200,
    result_expires=60 * 60 * 24,
    task_default_queue="default",
    task_queues=(
        Queue("default"),
        Queue("ingest"),
        Queue("extract"),
        Queue("embed"),
        Queue("batch"),
    ),
    task_routes={
        "docintel.tasks.ingest.*": {"queue": "ingest"},
        "docintel.tasks.classify.*": {"queue": "ingest"},
        "docintel.tasks.extract_*": {"queue": "extract"},
        "docintel.tasks.claims.*": {"queue": "extract"},
        "docintel.tasks.embed.*": {"queue": "embed"},
        "docintel.tasks.batch.*": {"queue": "batch"},
    },
    beat_schedule={
        "poll-azure-batches": {
            "task": "docintel.tasks.batch.poll_batches",
            "schedule": 300.0,
        },
        "nightly-model-canary": {
            "task": "docintel.tasks.maintenance.model_canary",
            "schedule": crontab(hour=3, minute=15),
        },
        "purge-stale-jobs": {
            "task": "docintel.tasks.maintenance.purge_stale_jobs",
            "schedule": crontab(hour=4, minute=0),
        },
    },
)

app.autodiscover_tasks(
    [
        "docintel.tasks.ingest",
        "docintel.tasks.classify",
        "docintel.tasks.extract_invoice",
        "docintel.tasks.extract_contract",
        "docintel.tasks.claims",
        "docintel.tasks.embed",
        "docintel.tasks.qa",
        "docintel.tasks.batch",
        "docintel.tasks.maintenance",
    ],
    related_name=None,
)

# signal handlers must be registered in every worker
import docintel.tasks.signals  # noqa: E402,F401
