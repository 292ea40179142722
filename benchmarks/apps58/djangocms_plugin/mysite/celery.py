import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")

app = Celery("mysite")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.task_routes = {
    "ai.tasks.generate_alt_text_task": {"queue": "vision"},
    "ai.tasks.embed_page_task": {"queue": "embeddings"},
    "ai.tasks.*": {"queue": "ai"},
}
app.conf.task_annotations = {
    "ai.tasks.generate_summary_task": {"rate_limit": "30/m"},
}


@app.task(bind=True, ignore_result=True)
def debug_task(self):
    print(f"Request: {self.request!r}")
