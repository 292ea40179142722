from __future__ import annotations

import json
import logging

from app.config import Settings

logger = logging.getLogger(__name__)

TOPICS = ["finance", "legal", "hr", "engineering", "sales", "support", "other"]

_PROMPT = (
    "Classify the document into at most three of these topics: {topics}.\n"
    'Reply with JSON: {{"topics": [...]}}\n\nDocument:\n{doc}'
)


class TopicClassifier:
    # typed loosely on purpose: the EU deployment swaps in MistralAzure
    def __init__(self, mistral, settings: Settings) -> None:
        self._mistral = mistral
        self._model = settings.mistral_model

    async def classify(self, text: str) -> list[str]:
        resp = await self._mistral.chat.complete_async(
            model=self._model,
            messages=[{"role": "user", "content": _PROMPT.format(topics=", ".join(TOPICS), doc=text[:6000])}],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            data = json.loads(resp.choices[0].message.content)
        except (json.JSONDecodeError, TypeError):
            logger.warning("classifier returned non-JSON output")
            return ["other"]
        return [t for t in data.get("topics", []) if t in TOPICS] or ["other"]

    def classify_sync(self, text: str) -> list[str]:
        """Used by the CLI scripts which don't run an event loop."""
        resp = self._mistral.chat.complete(
            model=self._model,
            messages=[{"role": "user", "content": _PROMPT.format(topics=", ".join(TOPICS), doc=text[:6000])}],
            response_format={"type": "json_object"},
        )
        data = json.loads(resp.choices[0].message.content or "{}")
        return [t for t in data.get("topics", []) if t in TOPICS] or ["other"]
