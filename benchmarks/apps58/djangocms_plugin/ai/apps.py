import logging

import anthropic
import voyageai
from django.apps import AppConfig
from django.conf import settings
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

logger = logging.getLogger(__name__)


class AiConfig(AppConfig):
    name = "ai"
    verbose_name = "AI assistance"
    default_auto_field = "django.db.models.BigAutoField"

    openai = None
    async_openai = None
    anthropic = None
    mistral = None
    deepseek = None
    voyage = None

    def ready(self):
        from . import signals  # noqa: F401  (registers receivers)

        if not settings.AI_ENABLED:
            logger.info("AI features disabled; clients not built")
            return

        timeout = settings.AI_TIMEOUT_SECONDS
        self.openai = OpenAI(
            api_key=settings.OPENAI_API_KEY,
            organization=settings.OPENAI_ORG_ID,
            timeout=timeout,
            max_retries=2,
        )
        self.async_openai = AsyncOpenAI(api_key=settings.OPENAI_API_KEY, timeout=timeout)
        self.anthropic = anthropic.Anthropic(api_key=settings.ANTHROPIC_API_KEY, timeout=timeout)
        self.mistral = Mistral(api_key=settings.MISTRAL_API_KEY)
        # DeepSeek speaks the OpenAI wire protocol.
        self.deepseek = OpenAI(
            api_key=settings.DEEPSEEK_API_KEY,
            base_url=settings.DEEPSEEK_BASE_URL,
            timeout=timeout,
        )
        self.voyage = voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3)
        logger.info("AI clients ready: openai, anthropic, mistral, deepseek, voyage")
