"""Ticket classification helpers."""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import Iterable, Optional

import anthropic
import openai

from enrichment import settings
from enrichment.clients import get_anthropic_client, get_openai_client
from enrichment.prompts import CLASSIFY_SYSTEM, SUMMARY_SYSTEM, TICKET_LABELS, render_ticket

logger = logging.getLogger(__name__)


@dataclass
class Classification:
    ticket_id: int
    label: str
    confidence: float
    reason: str
    model: str

    def as_row(self) -> dict:
        return asdict(self)


def _parse(ticket_id: int, raw: str, model: str) -> Classification:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        logger.warning("ticket %s: model returned non-JSON output", ticket_id)
        data = {}
    label = data.get("label", "other")
    if label not in TICKET_LABELS:
        label = "other"
    return Classification(
        ticket_id=ticket_id,
        label=label,
        confidence=float(data.get("confidence", 0.0)),
        reason=str(data.get("reason", ""))[:500],
        model=model,
    )


def classify_ticket(ticket: dict, client: Optional[openai.OpenAI] = None) -> Classification:
    client = client or get_openai_client()
    model = settings.classifier_model()
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": render_ticket(ticket)},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return _parse(ticket["id"], resp.choices[0].message.content or "{}", model)


def classify_with_claude(ticket: dict, client: Optional[anthropic.Anthropic] = None) -> Classification:
    """Second opinion used when the OpenAI confidence is low."""
    client = client or get_anthropic_client()
    model = settings.summary_model()
    message = client.messages.create(
        model=model,
        max_tokens=300,
        system=CLASSIFY_SYSTEM,
        messages=[{"role": "user", "content": render_ticket(ticket)}],
    )
    text = "".join(block.text for block in message.content if block.type == "text")
    return _parse(ticket["id"], text, model)


class TicketClassifier:
    """Stateful classifier used by the support source.

    Keeps both clients around so that low-confidence results can be escalated
    to Claude without re-creating anything.
    """

    def __init__(self, threshold: float = 0.6, escalate: bool = True) -> None:
        self.threshold = threshold
        self.escalate = escalate
        self._openai = get_openai_client()
        self._claude = get_anthropic_client() if escalate else None
        self.stats = {"classified": 0, "escalated": 0}

    def classify_batch(self, tickets: Iterable[dict]) -> list[Classification]:
        results = []
        for ticket in tickets:
            completion = self._openai.chat.completions.create(
                model=settings.classifier_model(),
                messages=[
                    {"role": "system", "content": CLASSIFY_SYSTEM},
                    {"role": "user", "content": render_ticket(ticket)},
                ],
                response_format={"type": "json_object"},
            )
            result = _parse(ticket["id"], completion.choices[0].message.content or "{}", completion.model)
            if self.escalate and result.confidence < self.threshold:
                result = classify_with_claude(ticket, self._claude)
                self.stats["escalated"] += 1
            self.stats["classified"] += 1
            results.append(result)
        return results

    def summarize(self, ticket: dict, comments_text: str) -> str:
        if self._claude is None:
            return ""
        with self._claude.messages.stream(
            model=settings.summary_model(),
            max_tokens=400,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": f"{render_ticket(ticket)}\n\n{comments_text}"}],
        ) as stream:
            return stream.get_final_text()
