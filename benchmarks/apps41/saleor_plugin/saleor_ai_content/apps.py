from django.apps import AppConfig


class AIContentConfig(AppConfig):
    name = "saleor_ai_content"
    label = "ai_content"
    verbose_name = "AI content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Register celery tasks.
        from . import tasks  # noqa: F401
