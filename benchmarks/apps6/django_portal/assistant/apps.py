import logging

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger(__name__)


class AssistantConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "assistant"

    # Filled in by ready(); other apps use
    # ``apps.get_app_config("assistant").client`` rather than building their own.
    client = None
    anthropic = None
    xai = None

    def ready(self):
        from openai import OpenAI

        from core.llm import factory

        self.client = factory.get_openai_client()
        self.anthropic = factory.get_anthropic_client()
        self.xai = OpenAI(
            api_key=settings.XAI_API_KEY,
            base_url="https://api.x.ai/v1",
            timeout=45,
        )
        logger.info("assistant clients ready (default backend: %s)", settings.ASSISTANT_DEFAULT_BACKEND)
