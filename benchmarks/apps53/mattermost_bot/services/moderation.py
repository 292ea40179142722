"""Screen user prompts before they are sent to a model."""
from __future__ import annotations

import logging

from services.clients import get_openai_client

logger = logging.getLogger(__name__)


class ModerationGate:
    def __init__(self, enabled: bool = True, client=None) -> None:
        self.enabled = enabled
        self._client = client or get_openai_client()

    def is_allowed(self, text: str) -> bool:
        if not self.enabled or not text.strip():
            return True
        result = self._client.moderations.create(model="omni-moderation-latest", input=text)
        flagged = result.results[0].flagged
        if flagged:
            cats = [k for k, v in result.results[0].categories.model_dump().items() if v]
            logger.info("moderation blocked prompt: %s", ",".join(cats))
        return not flagged
