"""Reply drafting for inbound customer messages.

Drafts are produced by Claude on Bedrock. The quick acknowledgement templates
were moved to multi_model_service in Q3; the full drafts still use the
Anthropic client directly because they need streaming into the editor.
TODO(jonas): move streaming drafts once multi_model_service supports streaming.
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from app.core.config import settings
from app.services.ai_clients import get_anthropic_bedrock
from app.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

TONES = {
    "neutral": "Professional and friendly.",
    "formal": "Formal, concise, no contractions.",
    "warm": "Warm and empathetic, but still concise.",
}


@dataclass
class DraftRequest:
    customer_message: str
    thread_history: list[dict] = field(default_factory=list)
    tone: str = "neutral"
    language: str = "en"
    signature: str | None = None
    knowledge_snippets: list[str] = field(default_factory=list)


def _system_prompt(req: DraftRequest) -> str:
    parts = [
        "You draft replies for a customer-operations agent. The agent edits and sends the reply.",
        f"Tone: {TONES.get(req.tone, TONES['neutral'])}",
        f"Write in language code '{req.language}'.",
        "Never promise refunds, credits or dates that are not in the context.",
    ]
    if req.knowledge_snippets:
        kb = "\n".join(f"- {s}" for s in req.knowledge_snippets[:8])
        parts.append(f"Relevant knowledge base excerpts:\n{kb}")
    if req.signature:
        parts.append(f"End with this signature:\n{req.signature}")
    return "\n\n".join(parts)


def _messages(req: DraftRequest) -> list[dict]:
    msgs: list[dict] = []
    for turn in req.thread_history[-10:]:
        role = "assistant" if turn.get("from_agent") else "user"
        if msgs and msgs[-1]["role"] == role:
            msgs[-1]["content"] += "\n\n" + turn["text"]
        else:
            msgs.append({"role": role, "content": turn["text"]})
    if msgs and msgs[-1]["role"] == "user":
        msgs[-1]["content"] += "\n\n" + req.customer_message
    else:
        msgs.append({"role": "user", "content": req.customer_message})
    return msgs


class ReplyDrafter:
    def __init__(self, client=None) -> None:
        self.client = client or get_anthropic_bedrock()
        self.model = settings.BEDROCK_SONNET_MODEL_ID

    async def draft(self, req: DraftRequest) -> str:
        message = await self.client.messages.create(
            model=self.model,
            max_tokens=800,
            temperature=0.4,
            system=_system_prompt(req),
            messages=_messages(req),
        )
        logger.info(
            "reply draft: in=%s out=%s",
            message.usage.input_tokens,
            message.usage.output_tokens,
        )
        return "".join(b.text for b in message.content if b.type == "text")

    async def stream_draft(self, req: DraftRequest) -> AsyncIterator[str]:
        async with self.client.messages.stream(
            model=self.model,
            max_tokens=800,
            temperature=0.4,
            system=_system_prompt(req),
            messages=_messages(req),
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def quick_ack(self, customer_message: str, *, language: str, tenant_id: str) -> str:
        return await multi_model_service.generate_response(
            prompt=(
                "Write a two-sentence acknowledgement that we received this message "
                f"and are looking into it. Language: {language}.\n\n{customer_message}"
            ),
            task_type="reply_ack",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=120,
            tenant_id=tenant_id,
        )


reply_drafter = ReplyDrafter()
