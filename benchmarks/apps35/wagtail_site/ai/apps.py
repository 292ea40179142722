from django.apps import AppConfig


class AIConfig(AppConfig):
    name = "ai"
    label = "ai"
    verbose_name = "AI assistance"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connect signal receivers.
        from . import signals  # noqa: F401
