"""Flask extension singletons (database, task queue)."""
from __future__ import annotations

from typing import Any

from celery import Celery
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
celery = Celery("docflow", include=["docflow.workers.tasks", "docflow.workers.enrichment"])


def init_celery(app: Flask) -> Celery:
    """Bind the Celery app to the Flask config and app context."""
    celery.conf.update(
        broker_url=app.config["CELERY_BROKER_URL"],
        result_backend=app.config["CELERY_RESULT_BACKEND"],
        task_acks_late=True,
        worker_prefetch_multiplier=1,
        task_default_queue="docflow",
    )

    class ContextTask(celery.Task):  # type: ignore[name-defined]
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            with app.app_context():
                return self.run(*args, **kwargs)

    celery.Task = ContextTask
    return celery
