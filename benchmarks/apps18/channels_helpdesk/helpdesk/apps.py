import logging
import threading

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger("helpdesk.apps")


class HelpdeskConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "helpdesk"
    verbose_name = "Helpdesk"

    def ready(self):
        import litellm

        from . import signals  # noqa: F401  (connect receivers)

        litellm.drop_params = True
        litellm.telemetry = False

        if settings.HELPDESK_LLM_WARMUP:
            threading.Thread(target=self._warm_up, name="llm-warmup", daemon=True).start()

    @staticmethod
    def _warm_up():
        """Build the router and open TCP connections so the first websocket answer is fast."""
        from .clients import get_router, llm

        try:
            router = get_router()
            router.embedding(model="support-embed", input=["warm-up"])
            available = [m.id for m in llm.openai.models.list()]
            logger.info("LLM warm-up done, %d OpenAI models visible", len(available))
        except Exception:
            logger.warning("LLM warm-up failed", exc_info=True)
