"""Celery application. Run with: celery -A app.worker worker -Q llm,default"""
import os

from celery import Celery
from celery.signals import worker_process_init

celery = Celery(
    "lexicon",
    broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"),
    backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1"),
    include=["app.worker.tasks"],
)
celery.conf.update(
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    task_routes={"app.worker.tasks.*": {"queue": "llm"}},
    task_time_limit=900,
)


@worker_process_init.connect
def _reset_clients(**_):
    # clients hold connection pools; never share them across a fork
    from app.services import clients

    clients.get_openai.cache_clear()
    clients.get_anthropic.cache_clear()
    clients.get_bedrock.cache_clear()
    clients.get_voyage.cache_clear()


celery.conf.beat_schedule = {
    "nightly-moderation-rescan": {
        "task": "app.worker.tasks.rescan_conversations",
        "schedule": 60 * 60 * 24,
        "options": {"queue": "default"},
    },
}
celery.conf.timezone = "Europe/Berlin"
