"""Ticket triage: category / priority / sensitivity.

Groq (llama 3.1 8b) is fast and cheap enough to run on every new ticket.
When Groq is rate limited we fall back to OpenRouter.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from groq import RateLimitError

from app.utils.prompts import TRIAGE_SYSTEM
from app.utils import redact_pii, truncate

log = logging.getLogger(__name__)

CATEGORIES = {
    "payroll", "benefits", "leave", "onboarding", "offboarding",
    "recruiting", "policy", "it_access", "other",
}
PRIORITIES = {"low", "normal", "high", "urgent"}


@dataclass
class TriageResult:
    category: str = "other"
    priority: str = "normal"
    sensitive: bool = False
    provider: str = "groq"

    @classmethod
    def from_json(cls, raw: str, provider: str) -> "TriageResult":
        try:
            data = json.loads(raw)
        except (TypeError, json.JSONDecodeError):
            return cls(provider=provider)
        cat = data.get("category", "other")
        pri = data.get("priority", "normal")
        return cls(
            category=cat if cat in CATEGORIES else "other",
            priority=pri if pri in PRIORITIES else "normal",
            sensitive=bool(data.get("sensitive", False)),
            provider=provider,
        )


class TriageService:
    def __init__(self, groq_client, openrouter_client=None, *, groq_model: str, fallback_model: str):
        self._groq = groq_client
        self._openrouter = openrouter_client
        self.groq_model = groq_model
        self.fallback_model = fallback_model
        self.remaining_requests = None

    def _messages(self, subject: str, body: str):
        text = truncate(redact_pii(f"Subject: {subject}\n\n{body}"), 4000)
        return [
            {"role": "system", "content": TRIAGE_SYSTEM},
            {"role": "user", "content": text},
        ]

    def classify(self, subject: str, body: str) -> TriageResult:
        messages = self._messages(subject, body)
        try:
            raw = self._groq.chat.completions.with_raw_response.create(
                model=self.groq_model,
                messages=messages,
                response_format={"type": "json_object"},
                temperature=0,
            )
            self.remaining_requests = raw.headers.get("x-ratelimit-remaining-requests")
            completion = raw.parse()
            return TriageResult.from_json(completion.choices[0].message.content, "groq")
        except RateLimitError:
            log.warning("groq rate limited, falling back to openrouter")
            if self._openrouter is None:
                return TriageResult(provider="none")
            return self._classify_fallback(messages)

    def _classify_fallback(self, messages) -> TriageResult:
        completion = self._openrouter.chat.completions.create(
            model=self.fallback_model,
            messages=messages,
            temperature=0,
            extra_body={"provider": {"sort": "throughput"}},
        )
        return TriageResult.from_json(completion.choices[0].message.content, "openrouter")


def build_triage_service(clients, config) -> TriageService:
    return TriageService(
        clients.groq,
        clients.openrouter,
        groq_model=config["GROQ_MODEL"],
        fallback_model=config["OPENROUTER_FALLBACK_MODEL"],
    )
