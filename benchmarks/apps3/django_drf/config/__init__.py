"""Project package. Exposes the Celery application so ``@shared_task`` binds to it."""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

celery_app = Celery("talentlens")
celery_app.config_from_object("django.conf:settings", namespace="CELERY")
celery_app.autodiscover_tasks()

__all__ = ("celery_app",)
