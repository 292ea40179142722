import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("helix")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    "weekly-tenant-insights": {
        "task": "apps.insights.reports.build_weekly_reports",
        "schedule": crontab(hour=6, minute=0, day_of_week="mon"),
    },
    "stale-ticket-triage": {
        "task": "apps.support.tasks.retriage_stale_tickets",
        "schedule": crontab(minute="*/30"),
    },
}

app.conf.task_routes = {
    "apps.documents.tasks.*": {"queue": "ingest"},
    "apps.support.tasks.*": {"queue": "support"},
    "apps.insights.*": {"queue": "batch"},
}
