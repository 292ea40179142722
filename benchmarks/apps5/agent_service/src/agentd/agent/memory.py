"""Conversation memory: compacts long histories into a summary and stores it for later recall."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Sequence

from anthropic import AsyncAnthropic

from agentd.container import container
from agentd.context import tenant_var
from agentd.models import ChatMessage

log = logging.getLogger(__name__)

SUMMARY_PROMPT = """\
Summarize the conversation so far for another assistant who will continue it. Keep: the user's
goal, decisions made, facts obtained from tools (with sources), and open questions. Drop chit-chat.
Write at most 200 words."""

CHARS_PER_TOKEN = 4


def _as_anthropic(messages: Sequence[ChatMessage]) -> List[Dict[str, Any]]:
    out = []
    for m in messages:
        role = "assistant" if m.role == "assistant" else "user"
        out.append({"role": role, "content": m.content or "(empty)"})
    return out


class MemorySummarizer:
    def __init__(
        self,
        model: Optional[str] = None,
        *,
        max_context_tokens: int = 24_000,
        keep_last: int = 6,
        client: Optional[AsyncAnthropic] = None,
    ) -> None:
        self.model = model or container.settings.summarizer_model
        self.max_context_tokens = max_context_tokens
        self.keep_last = keep_last
        self._client = client or AsyncAnthropic(
            api_key=container.settings.anthropic_api_key.get_secret_value(), max_retries=3
        )

    def should_compact(self, messages: Sequence[ChatMessage]) -> bool:
        approx = sum(len(m.content) for m in messages) // CHARS_PER_TOKEN
        return len(messages) > self.keep_last and approx > self.max_context_tokens

    async def exact_tokens(self, messages: Sequence[ChatMessage]) -> int:
        result = await self._client.messages.count_tokens(model=self.model, messages=_as_anthropic(messages))
        return result.input_tokens

    async def compact(self, messages: Sequence[ChatMessage]) -> List[ChatMessage]:
        head, tail = list(messages[: -self.keep_last]), list(messages[-self.keep_last :])
        transcript = "\n".join(f"{m.role.upper()}: {m.content}" for m in head if m.content)
        msg = await self._client.messages.create(
            model=self.model,
            max_tokens=600,
            system=[{"type": "text", "text": SUMMARY_PROMPT, "cache_control": {"type": "ephemeral"}}],
            messages=[{"role": "user", "content": transcript}],
        )
        summary = "".join(block.text for block in msg.content if block.type == "text").strip()
        log.info(
            "compacted %d messages into %d chars (in=%d out=%d)",
            len(head),
            len(summary),
            msg.usage.input_tokens,
            msg.usage.output_tokens,
        )
        await self._remember(summary)
        return [ChatMessage(role="user", content=f"[Summary of earlier conversation]\n{summary}"), *tail]

    async def _remember(self, summary: str) -> None:
        if not summary:
            return
        emb = await container.async_openai.embeddings.create(
            model=container.settings.openai_embedding_model,
            input=summary,
        )
        await container.run_store.save_memory(tenant_var.get(), summary, emb.data[0].embedding)
