"""Draft replies to support tickets with Claude on Bedrock.

The first version used the Converse API directly through boto3; the
"rewrite in a different tone" and streaming features were added later with
the Anthropic SDK's Bedrock client because its streaming helpers are simpler.
"""
from __future__ import annotations

import asyncio
import logging
from typing import AsyncIterator, Iterator, Sequence

from app.core.config import settings
from app.models import Ticket, TicketMessage
from app.services.ai_clients import get_bedrock_runtime, get_claude

logger = logging.getLogger(__name__)

DRAFT_SYSTEM = """You are a support agent for {company}. Draft a reply to the customer.
- Be {tone}, concise and specific.
- Never promise refunds, credits or dates.
- If information is missing, ask for it in one short question.
- Sign off as "The {company} team"."""

TONES = {"friendly", "formal", "apologetic", "concise"}


def _to_converse_messages(thread: Sequence[TicketMessage]) -> list[dict]:
    """Converse requires strictly alternating user/assistant turns starting with user."""
    messages: list[dict] = []
    for msg in thread:
        role = "user" if msg.author == "customer" else "assistant"
        if messages and messages[-1]["role"] == role:
            messages[-1]["content"].append({"text": msg.body})
        else:
            messages.append({"role": role, "content": [{"text": msg.body}]})
    if not messages or messages[0]["role"] != "user":
        messages.insert(0, {"role": "user", "content": [{"text": "(ticket opened)"}]})
    if messages[-1]["role"] != "user":
        messages.append({"role": "user", "content": [{"text": "Please draft the next reply."}]})
    return messages


class ReplyDrafter:
    def __init__(self, company: str) -> None:
        self.company = company
        self._bedrock = get_bedrock_runtime()
        self._claude = get_claude()

    def _system(self, tone: str, extra: str | None) -> str:
        system = DRAFT_SYSTEM.format(company=self.company, tone=tone if tone in TONES else "friendly")
        if extra:
            system += f"\n\nAdditional instructions from the agent: {extra}"
        return system

    async def draft(
        self, ticket: Ticket, thread: Sequence[TicketMessage], tone: str = "friendly", extra: str | None = None
    ) -> str:
        response = await asyncio.to_thread(
            self._bedrock.converse,
            modelId=settings.BEDROCK_CLAUDE_MODEL_ID,
            system=[{"text": self._system(tone, extra)}],
            messages=_to_converse_messages(thread),
            inferenceConfig={"maxTokens": 800, "temperature": 0.4},
        )
        if response.get("stopReason") == "max_tokens":
            logger.warning("draft for ticket %s hit max_tokens", ticket.id)
        content = response["output"]["message"]["content"]
        return "".join(block.get("text", "") for block in content).strip()

    def stream_draft(self, thread: Sequence[TicketMessage], tone: str = "friendly") -> Iterator[str]:
        """Sync generator for StreamingResponse (runs in the threadpool)."""
        response = self._bedrock.converse_stream(
            modelId=settings.BEDROCK_CLAUDE_MODEL_ID,
            system=[{"text": self._system(tone, None)}],
            messages=_to_converse_messages(thread),
            inferenceConfig={"maxTokens": 800, "temperature": 0.4},
        )
        for event in response["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]
            elif "metadata" in event:
                usage = event["metadata"].get("usage", {})
                logger.debug("stream usage %s", usage)

    async def rewrite(self, draft: str, tone: str) -> str:
        message = await self._claude.messages.create(
            model=settings.BEDROCK_CLAUDE_FAST_MODEL_ID,
            max_tokens=800,
            system=f"Rewrite support replies for {self.company}. Keep every fact, change only the tone.",
            messages=[{"role": "user", "content": f"Tone: {tone}\n\nReply:\n{draft}"}],
        )
        return "".join(b.text for b in message.content if b.type == "text")

    async def astream_draft(self, thread: Sequence[TicketMessage], tone: str = "friendly") -> AsyncIterator[str]:
        history = [
            {"role": m["role"], "content": "\n\n".join(part["text"] for part in m["content"])}
            for m in _to_converse_messages(thread)
        ]
        async with self._claude.messages.stream(
            model=settings.BEDROCK_CLAUDE_MODEL_ID,
            max_tokens=800,
            system=self._system(tone, None),
            messages=history,
        ) as stream:
            async for text in stream.text_stream:
                yield text
