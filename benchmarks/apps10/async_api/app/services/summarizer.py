"""Ticket summaries shown in the sidebar.

`summarise_ticket` was moved onto the usage tracker in the FinOps sprint; the thread
summary used by the nightly digest still talks to the client directly (TODO HD-412).
"""
from __future__ import annotations

from typing import List

from app.clients import get_anthropic
from app.config import settings
from app.logging_config import get_logger
from app.services.llm_usage_tracker import llm_tracker
from app.utils import strip_email_signature, truncate_to_tokens

log = get_logger(__name__)

TICKET_SYSTEM = (
    "Summarise the support ticket for an agent in at most three sentences. Mention the product "
    "area, what the customer tried, and what they are asking for."
)


class Summarizer:
    def __init__(self, model: str = settings.summary_model):
        self.model = model

    @property
    def _client(self):
        return get_anthropic()

    async def summarise_ticket(self, subject: str, body: str) -> str:
        text = truncate_to_tokens(strip_email_signature(body), 8000)
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="ticket_summary"
        ) as usage_log:
            message = await self._client.messages.create(
                model=self.model,
                max_tokens=300,
                system=TICKET_SYSTEM,
                messages=[{"role": "user", "content": f"Subject: {subject}\n\n{text}"}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return message.content[0].text.strip()

    async def summarise_thread(self, messages: List[dict]) -> str:
        transcript = "\n".join(f"{m['author']}: {m['body']}" for m in messages)
        message = await self._client.messages.create(
            model=self.model,
            max_tokens=600,
            system="Summarise this support thread: the problem, what was tried, and the outcome.",
            messages=[{"role": "user", "content": truncate_to_tokens(transcript, 20000)}],
        )
        log.info("thread_summarised", input_tokens=message.usage.input_tokens)
        return message.content[0].text.strip()


summarizer = Summarizer()
