"""Brand-voice check: safety screen first, then a tone rubric."""

from __future__ import annotations

import json
import logging

from toolkit.clients import get_openai
from toolkit.config import settings
from toolkit.plugins.base import BasePlugin, PluginResult

logger = logging.getLogger(__name__)

RUBRIC = """Rate the copy against our brand voice (warm, confident, no jargon, no superlatives).
Return JSON with keys: score (0-10), summary, suggestions (list of strings)."""


class ToneCheckPlugin(BasePlugin):
    name = "tone"
    label = "Brand voice"
    client = get_openai()
    model = settings.copy_model

    def run(self, text: str) -> PluginResult:
        screen = self.client.moderations.create(model="omni-moderation-latest", input=text)
        result = screen.results[0]
        if result.flagged:
            categories = [name for name, hit in result.categories.model_dump().items() if hit]
            logger.info("tone check blocked by moderation: %s", categories)
            return PluginResult(plugin=self.name, summary="Copy was flagged by moderation.", score=0.0,
                                details={"categories": categories})

        response = self.client.chat.completions.create(
            model=self.model,
            temperature=0,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": RUBRIC},
                {"role": "user", "content": text},
            ],
        )
        data = json.loads(response.choices[0].message.content or "{}")
        return PluginResult(
            plugin=self.name,
            summary=data.get("summary", ""),
            score=data.get("score"),
            suggestions=data.get("suggestions", []),
        )
