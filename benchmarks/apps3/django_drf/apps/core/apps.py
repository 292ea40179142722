import logging

from django.apps import AppConfig

logger = logging.getLogger(__name__)


class CoreConfig(AppConfig):
    """Owns process-wide resources such as the default model client."""

    name = "apps.core"
    label = "core"
    verbose_name = "Core"

    llm = None

    def ready(self) -> None:
        from apps.core.llm.clients import build_default_client

        self.llm = build_default_client()
        logger.info("Default LLM client initialised for app %s", self.label)
