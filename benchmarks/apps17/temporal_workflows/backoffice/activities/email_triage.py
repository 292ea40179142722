"""Shared finance inbox triage."""
from __future__ import annotations

import logging
from typing import Optional

from temporalio import activity

from backoffice.clients import ClientBundle
from backoffice.config import Settings
from backoffice.models import EmailMessage, TriageDecision
from backoffice.prompts import LANGUAGE_DETECT_V1, REPLY_DRAFT_V2, TRIAGE_V4
from backoffice.services.llm_usage_tracker import llm_tracker
from backoffice.utils import first_text, parse_json_reply

logger = logging.getLogger(__name__)

_VALID_CATEGORIES = {"invoice", "payment_status", "vendor_onboarding", "dispute", "spam", "other"}


class EmailTriageActivities:
    def __init__(self, clients: ClientBundle, settings: Settings) -> None:
        self.clients = clients
        self.models = settings.models

    @activity.defn(name="triage.classify")
    async def classify(self, email: EmailMessage) -> TriageDecision:
        msg = await self.clients.anthropic_async.messages.create(
            model=self.models.triage,
            max_tokens=150,
            temperature=0,
            system=TRIAGE_V4,
            messages=[
                {
                    "role": "user",
                    "content": f"From: {email.sender}\nSubject: {email.subject}\n\n{email.body[:12000]}",
                }
            ],
        )
        try:
            data = parse_json_reply(first_text(msg.content))
        except ValueError:
            data = {}
        category = data.get("category", "other")
        if category not in _VALID_CATEGORIES:
            category = "other"
        return TriageDecision(
            message_id=email.message_id,
            category=category,
            priority=data.get("priority", "normal"),
        )

    @activity.defn(name="triage.detect_language")
    async def detect_language(self, email: EmailMessage) -> str:
        res = await self.clients.mistral.chat.complete_async(
            model=self.models.mistral_small,
            messages=[
                {"role": "system", "content": LANGUAGE_DETECT_V1},
                {"role": "user", "content": email.body[:2000]},
            ],
            max_tokens=4,
            temperature=0,
        )
        code = (res.choices[0].message.content or "en").strip().lower()
        return code[:2] if code.isalpha() else "en"

    @activity.defn(name="triage.moderate")
    async def moderate(self, email: EmailMessage) -> bool:
        """True when the message should be routed to a human (abuse, threats, PII dumps)."""
        result = await self.clients.mistral.classifiers.moderate_async(
            model=self.models.mistral_moderation,
            inputs=[email.body[:8000]],
        )
        categories = result.results[0].categories
        return any(flagged for flagged in categories.values())

    @activity.defn(name="triage.translate_to_english")
    async def translate_to_english(self, email: EmailMessage, language: str) -> str:
        if language == "en":
            return email.body
        model = self.models.mistral_large
        async with llm_tracker.track_llm_call(
            provider="mistral", model=model, feature_context="inbox_translation"
        ) as usage_log:
            res = await self.clients.mistral.chat.complete_async(
                model=model,
                messages=[
                    {"role": "system", "content": "Translate the email to English. Keep names and amounts."},
                    {"role": "user", "content": email.body[:12000]},
                ],
            )
            usage_log.input_tokens = res.usage.prompt_tokens
            usage_log.output_tokens = res.usage.completion_tokens
        return res.choices[0].message.content or email.body

    @activity.defn(name="triage.draft_reply")
    async def draft_reply(self, email: EmailMessage, decision: TriageDecision) -> Optional[str]:
        if decision.category in ("spam", "other"):
            return None
        parts = []
        async with self.clients.anthropic_async.messages.stream(
            model=self.models.drafting,
            max_tokens=800,
            system=REPLY_DRAFT_V2,
            messages=[
                {
                    "role": "user",
                    "content": (
                        f"Category: {decision.category}\nPriority: {decision.priority}\n\n"
                        f"Original email from {email.sender}:\n{email.body[:12000]}"
                    ),
                }
            ],
        ) as stream:
            async for text in stream.text_stream:
                parts.append(text)
                if len(parts) % 50 == 0:
                    activity.heartbeat(len(parts))
        return "".join(parts).strip() or None
