"""Fast intent / priority triage on the first customer message (Groq)."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass

from groq import APIConnectionError

from app.utils.http_fallback import groq_chat_raw

logger = logging.getLogger(__name__)

CATEGORIES = ["billing", "bug", "account", "how_to", "feature_request", "other"]
PRIORITIES = ["low", "normal", "high", "urgent"]

TRIAGE_PROMPT = """Classify the support request.
Categories: {categories}. Priorities: {priorities}.
Answer as JSON: {{"category": ..., "priority": ..., "language": ISO-639-1}}"""


@dataclass
class TriageResult:
    category: str = "other"
    priority: str = "normal"
    language: str = "en"

    @classmethod
    def parse(cls, raw: str) -> "TriageResult":
        try:
            data = json.loads(raw)
        except (TypeError, json.JSONDecodeError):
            return cls()
        cat = data.get("category") if data.get("category") in CATEGORIES else "other"
        pri = data.get("priority") if data.get("priority") in PRIORITIES else "normal"
        return cls(cat, pri, (data.get("language") or "en")[:2])


class Triage:
    def __init__(self, groq_client, model: str) -> None:
        self.groq = groq_client
        self.model = model
        self.use_raw_http = os.getenv("GROQ_RAW_HTTP") == "1"

    def _messages(self, text: str) -> list[dict[str, str]]:
        system = TRIAGE_PROMPT.format(categories=", ".join(CATEGORIES),
                                      priorities=", ".join(PRIORITIES))
        return [{"role": "system", "content": system}, {"role": "user", "content": text[:4000]}]

    async def classify(self, text: str) -> TriageResult:
        messages = self._messages(text)
        if self.use_raw_http:
            data = await groq_chat_raw(messages, self.model, response_format={"type": "json_object"})
            return TriageResult.parse(data["choices"][0]["message"]["content"])
        try:
            resp = await self.groq.chat.completions.create(
                model=self.model,
                messages=messages,
                temperature=0,
                response_format={"type": "json_object"},
            )
        except APIConnectionError:
            logger.warning("groq unreachable, falling back to raw http")
            data = await groq_chat_raw(messages, self.model)
            return TriageResult.parse(data["choices"][0]["message"]["content"])
        return TriageResult.parse(resp.choices[0].message.content)
