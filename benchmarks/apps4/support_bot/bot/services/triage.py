"""Ticket triage: category, urgency, whether a human must take over, customer frustration."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, Optional

from litellm import completion

from bot.config import get_settings
from bot.llm.prompts import TRIAGE_PROMPT
from bot.llm.router import get_router
from bot.models import TriageResult, Urgency

try:
    from ollama import Client as OllamaClient
except ImportError:
    OllamaClient = None

log = logging.getLogger(__name__)

OUTAGE_KEYWORDS = ("down", "outage", "500", "can't log in", "cannot log in", "data loss")


def _parse(raw: str) -> TriageResult:
    try:
        data: Dict[str, Any] = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("triage returned non-JSON: %.200s", raw)
        return TriageResult(category="other", urgency=Urgency.NORMAL, needs_human=True, reason="unparseable")
    try:
        urgency = Urgency(data.get("urgency", "normal"))
    except ValueError:
        urgency = Urgency.NORMAL
    return TriageResult(
        category=str(data.get("category", "other")),
        urgency=urgency,
        product_area=data.get("product_area"),
        needs_human=bool(data.get("needs_human", False)),
        reason=str(data.get("reason", ""))[:300],
    )


def _heuristic_bump(text: str, result: TriageResult) -> TriageResult:
    lowered = text.lower()
    if any(k in lowered for k in OUTAGE_KEYWORDS) and result.urgency in (Urgency.LOW, Urgency.NORMAL):
        result.urgency = Urgency.HIGH
        result.reason = (result.reason + "; keyword bump").strip("; ")
    return result


def classify(text: str) -> TriageResult:
    settings = get_settings()
    response = completion(
        model=settings.openai_chat_model,
        messages=[
            {"role": "system", "content": TRIAGE_PROMPT},
            {"role": "user", "content": text[:6000]},
        ],
        response_format={"type": "json_object"},
        temperature=0,
        max_tokens=200,
    )
    return _heuristic_bump(text, _parse(response.choices[0].message.content or "{}"))


async def aclassify(text: str) -> TriageResult:
    """Async variant for the Discord adapter; goes through the router so it survives outages."""
    response = await get_router().acompletion(
        model="support-cheap",
        messages=[
            {"role": "system", "content": TRIAGE_PROMPT},
            {"role": "user", "content": text[:6000]},
        ],
        temperature=0,
        max_tokens=200,
    )
    return _heuristic_bump(text, _parse(response.choices[0].message.content or "{}"))


SENTIMENT_PROMPT = (
    "Rate how frustrated the customer is on a 0-10 scale. "
    'Reply as JSON: {{"score": <int>, "why": "<short reason>"}}\n\nMessage:\n{message}'
)


class SentimentScorer:
    """Frustration score on the local model (cheap, and no data leaves the VPC)."""

    def __init__(self, host: Optional[str] = None, model: Optional[str] = None) -> None:
        settings = get_settings()
        self.model = model or settings.local_model
        self._client = OllamaClient(host=host or settings.ollama_host) if OllamaClient else None

    @property
    def enabled(self) -> bool:
        return self._client is not None

    def score(self, message: str) -> Optional[int]:
        if not self.enabled:
            return None
        try:
            result = self._client.generate(
                model=self.model,
                prompt=SENTIMENT_PROMPT.format(message=message[:3000]),
                format="json",
                options={"temperature": 0},
            )
            return int(json.loads(result.response)["score"])
        except Exception:
            log.debug("sentiment scoring failed", exc_info=True)
            return None
