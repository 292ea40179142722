"""email.inbound -> extract intent from customer emails and open CRM cases."""
from __future__ import annotations

import asyncio
import logging
import re
from typing import Any, Dict, Optional

import aiohttp

from core.consumer import Consumer, HandlerError, Message, handles
from core.settings import settings
from llm.anthropic_client import CLAUDE_FAST_MODEL, anthropic_headers, post_messages_raw

logger = logging.getLogger(__name__)

INTENT_SYSTEM = (
    "Classify the email intent as one of: order_status, return, complaint, sales, spam, other. "
    "Reply with the label only."
)
_QUOTED = re.compile(r"^>.*$", re.MULTILINE)


def strip_quoted(body: str) -> str:
    return _QUOTED.sub("", body).split("\n-- \n")[0].strip()


@handles("email.inbound")
class InboundEmailHandler(Consumer):
    def __init__(self) -> None:
        super().__init__()
        self._session: Optional[aiohttp.ClientSession] = None

    async def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=45))
        return self._session

    async def classify(self, body: str) -> str:
        http = await self.session()
        async with http.post(
            settings.anthropic.messages_url,
            headers=anthropic_headers(),
            json={
                "model": CLAUDE_FAST_MODEL,
                "max_tokens": 8,
                "system": INTENT_SYSTEM,
                "messages": [{"role": "user", "content": body[:8000]}],
            },
        ) as resp:
            if resp.status == 529:
                raise HandlerError("anthropic overloaded", retryable=True)
            resp.raise_for_status()
            data: Dict[str, Any] = await resp.json()
        return data["content"][0]["text"].strip().lower()

    async def open_case(self, email: Dict[str, Any], intent: str, summary: str) -> None:
        http = await self.session()
        async with http.post(
            f"{settings.integrations.crm_base_url}/v1/cases",
            json={
                "customer_email": email["from"],
                "subject": email.get("subject", ""),
                "intent": intent,
                "summary": summary,
            },
        ) as resp:
            resp.raise_for_status()

    async def handle(self, message: Message) -> None:
        email = message.value
        body = strip_quoted(email.get("text", ""))
        if not body:
            return
        intent = await self.classify(body)
        if intent == "spam":
            return
        http = await self.session()
        summary = await post_messages_raw(
            http,
            [{"role": "user", "content": f"Summarise in one sentence:\n\n{body[:8000]}"}],
            max_tokens=120,
        )
        text = summary["content"][0]["text"] if summary.get("content") else ""
        await asyncio.shield(self.open_case(email, intent, text))
