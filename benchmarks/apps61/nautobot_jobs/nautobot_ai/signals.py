"""Signal handlers: warm the provider registry after migrations."""

import logging

from django.db.models.signals import post_migrate
from django.dispatch import receiver

logger = logging.getLogger(__name__)


@receiver(post_migrate)
def warm_registry(sender, **kwargs):  # pylint: disable=unused-argument
    if getattr(sender, "name", "") != "nautobot_ai":
        return
    from nautobot_ai.llm.registry import registry  # pylint: disable=import-outside-toplevel

    logger.info("nautobot_ai providers available: %s", ", ".join(registry.names()))
