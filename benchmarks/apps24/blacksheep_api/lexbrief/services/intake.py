"""Intake mailbox processing: classify, open matters, draft acknowledgements.

Half-migrated off legacy.gpt_helpers: classification still goes through it.
"""
from __future__ import annotations

import asyncio
import logging
import re
import uuid
from dataclasses import dataclass

from lexbrief.models import Matter
from lexbrief.repositories import MatterRepository
from lexbrief.legacy.gpt_helpers import classify_intake_email, get_client
from lexbrief.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

ACK_MODEL = "gpt-4o-mini"
_CLIENT_RE = re.compile(r"(?:on behalf of|client:)\s*([A-Z][\w&.,' -]{2,60})", re.IGNORECASE)


@dataclass
class IntakeEmail:
    message_id: str
    sender: str
    subject: str
    body: str


class IntakeProcessor:
    def __init__(self, matters: MatterRepository) -> None:
        self.matters = matters

    async def process(self, email: IntakeEmail) -> dict:
        label = await asyncio.to_thread(classify_intake_email, email.subject, email.body)
        result: dict = {"message_id": email.message_id, "label": label}
        if label == "new_matter":
            matter = Matter.create(
                id=uuid.uuid4().hex[:12],
                name=email.subject[:120],
                client_name=self._guess_client(email) or email.sender,
            )
            await self.matters.create(matter)
            result["matter_id"] = matter.id
            result["ack"] = await self.draft_acknowledgement(email)
        elif label == "conflict_check":
            result["parties"] = await self.extract_parties(email)
        return result

    def _guess_client(self, email: IntakeEmail) -> str | None:
        m = _CLIENT_RE.search(email.body)
        return m.group(1).strip() if m else None

    async def draft_acknowledgement(self, email: IntakeEmail) -> str:
        resp = await asyncio.to_thread(
            get_client().chat.completions.create,
            model=ACK_MODEL,
            messages=[
                {"role": "system", "content": "Draft a short, warm acknowledgement from the intake team. No legal advice."},
                {"role": "user", "content": f"From: {email.sender}\nSubject: {email.subject}\n\n{email.body[:3000]}"},
            ],
            temperature=0.4,
        )
        return resp.choices[0].message.content or ""

    async def extract_parties(self, email: IntakeEmail) -> list[str]:
        resp = await multi_model_service.generate_response(
            prompt="List every person or company named as a party in this conflict-check request, one per line.\n\n"
            + email.body[:6000],
            task_type="conflict_check",
            complexity=TaskComplexity.SIMPLE,
        )
        return [line.strip("-• ").strip() for line in resp.text.splitlines() if line.strip()]

    def sync_followup_subject(self, email: IntakeEmail) -> str:
        """Used by the nightly script; blocking call on the legacy client."""
        client = get_client()
        resp = client.chat.completions.create(
            model=ACK_MODEL,
            messages=[{"role": "user", "content": f"Write a follow-up e-mail subject line for: {email.subject}"}],
            max_tokens=30,
        )
        return (resp.choices[0].message.content or email.subject).strip()
