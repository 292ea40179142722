"""reviews -> reviews (spam/quality gate in front of the other pipelines).

Filters obvious spam with heuristics and asks a small model about the rest.
Uses the tracked service for the model call.
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from quixstreams import Application, State

from app.config import Settings
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils.text import fingerprint, is_too_short

logger = logging.getLogger(__name__)

_URL = re.compile(r"https?://", re.I)
SPAM_PROMPT = (
    "Is the following product review spam, an advertisement or unrelated to the "
    "product? Answer YES or NO.\n\n{text}"
)


def heuristic_spam(text: str) -> bool:
    return len(_URL.findall(text)) >= 2 or text.isupper() or is_too_short(text, 2)


def model_says_spam(text: str) -> bool:
    answer = asyncio.run(
        multi_model_service.generate_response(
            prompt=SPAM_PROMPT.format(text=text[:1500]),
            task_type="spam_gate",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=3,
        )
    )
    return answer.strip().upper().startswith("YES")


def dedupe(review: dict[str, Any], state: State) -> bool:
    fp = fingerprint(review.get("text", ""))
    if state.get(fp):
        return False
    state.set(fp, True)
    return True


def build(app: Application, settings: Settings):
    source = app.topic("reviews-unfiltered", value_deserializer="json")
    out = app.topic(settings.kafka.input_topic, value_serializer="json")

    sdf = app.dataframe(source)
    sdf = sdf.filter(dedupe, stateful=True)
    sdf = sdf.filter(lambda r: not heuristic_spam(r.get("text", "")))
    sdf = sdf.filter(lambda r: not model_says_spam(r["text"]))
    sdf.to_topic(out)
    return sdf
