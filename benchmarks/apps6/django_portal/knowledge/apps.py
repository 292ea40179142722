import logging

import voyageai
from django.apps import AppConfig
from django.conf import settings
from mistralai import Mistral

logger = logging.getLogger(__name__)


class KnowledgeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "knowledge"
    verbose_name = "Knowledge base"

    def ready(self):
        from . import clients

        if settings.VOYAGE_API_KEY:
            clients.voyage = voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3, timeout=30)
        else:
            logger.warning("VOYAGE_API_KEY missing; semantic search disabled")
        if settings.MISTRAL_API_KEY:
            clients.mistral = Mistral(api_key=settings.MISTRAL_API_KEY, timeout_ms=30000)
