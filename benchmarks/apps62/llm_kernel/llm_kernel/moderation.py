"""Optional moderation gate for shared/teaching deployments of the kernel."""
from __future__ import annotations

import os

from openai import OpenAI

ENABLED = os.environ.get("LLM_KERNEL_MODERATION", "0") == "1"


class ModerationGate:
    def __init__(self, client: OpenAI):
        self.client = client
        self.blocked = 0

    def check(self, text: str) -> tuple[bool, list[str]]:
        if not ENABLED:
            return True, []
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        flagged = result.results[0]
        if not flagged.flagged:
            return True, []
        self.blocked += 1
        cats = [name for name, hit in flagged.categories.model_dump().items() if hit]
        return False, cats
