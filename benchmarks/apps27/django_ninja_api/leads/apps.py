from django.apps import AppConfig
from django.conf import settings


class LeadsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "leads"

    concierge = None

    def ready(self):
        from . import signals  # noqa: F401

        if settings.LLM_ENABLED:
            from .services import ConciergeService

            # One shared service (and Anthropic client) per process.
            self.concierge = ConciergeService()
