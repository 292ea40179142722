import logging

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger("homestead.llm")


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Core"

    # Populated in ready(); typed loosely on purpose so tests can swap fakes in.
    openai = None
    async_openai = None
    anthropic = None
    async_anthropic = None

    def ready(self):
        if not settings.LLM_ENABLED:
            logger.warning("LLM_ENABLED is off; core LLM clients not created")
            return

        from homestead.llm_factory import build_client

        from . import llm

        self.openai = build_client("openai")
        self.async_openai = build_client("openai", async_=True)
        self.anthropic = build_client("anthropic")
        self.async_anthropic = build_client("anthropic", async_=True, timeout=30.0)

        # boto3 clients are thread-safe; one per process is plenty.
        llm.clients.bedrock_runtime = build_client("bedrock")
        logger.info("core LLM clients ready (openai, anthropic, bedrock)")
