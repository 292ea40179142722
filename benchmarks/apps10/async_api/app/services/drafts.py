"""Reply drafting for agents."""
from __future__ import annotations

from typing import Optional

import openai

from app.clients import get_clients
from app.config import settings
from app.db import Ticket
from app.logging_config import get_logger
from app.services import translation
from app.utils import strip_email_signature, with_retries

log = get_logger(__name__)

TONES = {
    "friendly": "Warm and informal, first names, no corporate filler.",
    "formal": "Polite and formal. No emoji.",
    "apologetic": "Acknowledge the inconvenience sincerely once, then focus on the fix.",
}


class DraftService:
    def __init__(self, model: str = settings.draft_model):
        self._client = get_clients().openai
        self._model = model

    async def draft(self, ticket: Ticket, tone: str = "friendly", language: Optional[str] = None) -> str:
        body = strip_email_signature(ticket.body)
        completion = await with_retries(
            self._client.chat.completions.create,
            model=self._model,
            messages=[
                {
                    "role": "system",
                    "content": "You draft replies for support agents. The agent will edit before sending. "
                    + TONES.get(tone, TONES["friendly"]),
                },
                {"role": "user", "content": f"Subject: {ticket.subject}\n\n{body}"},
            ],
            temperature=0.5,
            retry_on=(openai.APIConnectionError, openai.InternalServerError),
        )
        draft = completion.choices[0].message.content or ""
        target = language or ticket.language
        if target and target != "en":
            draft = await translation.translate(draft, target, source_language="en")
        log.info("draft_created", ticket_id=ticket.id, tokens=completion.usage.total_tokens)
        return draft
