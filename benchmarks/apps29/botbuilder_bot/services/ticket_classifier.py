"""Ticket category / priority classification.

Started on Mistral because it was cheapest for the JSON-mode job; the priority
step was later moved to the tracked service (see classify_priority).
"""

import json
import logging
from typing import Optional

from mistralai import Mistral

from services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

CATEGORIES = ["hardware", "software", "access", "network", "email", "printing", "other"]

CLASSIFY_PROMPT = """Classify the IT support request into one of: {cats}.
Respond as JSON: {{"category": "...", "confidence": 0.0-1.0, "needs_human": true|false}}

Request:
{text}
"""


class TicketClassifier:
    def __init__(self, mistral: Mistral, model: str):
        self.mistral = mistral
        self.model = model

    async def classify(self, text: str) -> dict:
        resp = await self.mistral.chat.complete_async(
            model=self.model,
            messages=[{"role": "user", "content": CLASSIFY_PROMPT.format(cats=", ".join(CATEGORIES), text=text)}],
            response_format={"type": "json_object"},
            temperature=0,
        )
        raw = resp.choices[0].message.content
        try:
            data = json.loads(raw)
        except (TypeError, json.JSONDecodeError):
            logger.warning("classifier returned non-JSON: %r", raw)
            data = {"category": "other", "confidence": 0.0, "needs_human": True}
        if data.get("category") not in CATEGORIES:
            data["category"] = "other"
        return data

    def classify_batch(self, texts: list) -> list:
        """Sync batch helper for scripts/reclassify_backlog.py."""
        out = []
        for text in texts:
            resp = self.mistral.chat.complete(
                model=self.model,
                messages=[{"role": "user", "content": CLASSIFY_PROMPT.format(cats=", ".join(CATEGORIES), text=text)}],
                response_format={"type": "json_object"},
            )
            out.append(resp.choices[0].message.content)
        return out

    async def classify_priority(self, text: str, tenant_id: Optional[str] = None) -> str:
        answer = await multi_model_service.generate_response(
            prompt=f"Give only P1, P2, P3 or P4 for this IT incident:\n{text}",
            task_type="ticket_priority",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=tenant_id,
            max_tokens=5,
        )
        answer = answer.strip().upper()
        return answer if answer in {"P1", "P2", "P3", "P4"} else "P3"
