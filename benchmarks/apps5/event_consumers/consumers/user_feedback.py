"""feedback.submitted -> moderation + sentiment/themes."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict

import cohere

from core.consumer import Consumer, HandlerError, Message
from core.services import Services
from core.settings import settings
from llm import client_for
from shared.db import FeedbackRepository

log = logging.getLogger(__name__)

THEMES_PROMPT = (
    "Extract the product themes mentioned in this customer feedback. Respond with JSON: "
    '{"sentiment": "positive|neutral|negative", "themes": ["..."]}'
)


class FeedbackHandler(Consumer):
    topic = "feedback.submitted"

    def __init__(self) -> None:
        super().__init__()
        self.repo = FeedbackRepository(Services.db)
        self.cohere = client_for("cohere")

    def is_flagged(self, text: str) -> bool:
        verdict = Services.llm.moderations.create(
            model=settings.llm.moderation_model,
            input=text,
        )
        return any(r.flagged for r in verdict.results)

    def analyse(self, text: str) -> Dict[str, Any]:
        res = self.cohere.chat(
            model=settings.cohere.chat_model,
            messages=[
                {"role": "system", "content": THEMES_PROMPT},
                {"role": "user", "content": text},
            ],
            response_format={"type": "json_object"},
            temperature=0.1,
        )
        try:
            return json.loads(res.message.content[0].text)
        except (json.JSONDecodeError, IndexError, AttributeError):
            return {"sentiment": "neutral", "themes": []}

    def handle(self, message: Message) -> None:
        text = (message.value.get("text") or "").strip()
        if not text:
            return
        if self.is_flagged(text):
            log.info("feedback %s flagged by moderation", message.event_id)
            self.repo.create(source_event=message.event_id, flagged=True)
            return
        try:
            analysis = self.analyse(text)
        except cohere.TooManyRequestsError as exc:
            raise HandlerError("cohere rate limited", retryable=True) from exc
        self.repo.create(
            source_event=message.event_id,
            flagged=False,
            sentiment=analysis.get("sentiment", "neutral"),
            themes=json.dumps(analysis.get("themes", [])),
        )
