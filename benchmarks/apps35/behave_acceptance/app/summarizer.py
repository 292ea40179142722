"""Conversation summarizer.

Primary path uses Claude; the OpenAI fallback kicks in when Anthropic is
overloaded.  TODO(mira): move both onto multi_model_service (HLX-412).
"""
from __future__ import annotations

import logging

import anthropic

from app.clients import get_anthropic_client, get_chat_client
from app.config import get_settings
from app.models import Conversation, Summary
from app.prompts import SUMMARY_SYSTEM
from app.services import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


class SummarizerService:
    def __init__(self, client: anthropic.Anthropic | None = None, fallback=None, max_words: int = 80):
        self.client = client or get_anthropic_client()
        self.fallback = fallback or get_chat_client()
        self.max_words = max_words
        self.model = get_settings().anthropic_model

    def summarize(self, conversation: Conversation) -> Summary:
        system = SUMMARY_SYSTEM.format(max_words=self.max_words)
        try:
            response = self.client.messages.create(
                model=self.model,
                max_tokens=400,
                system=system,
                messages=[{"role": "user", "content": conversation.transcript()}],
            )
        except anthropic.APIStatusError as exc:
            if exc.status_code not in (429, 529):
                raise
            logger.warning("anthropic overloaded, falling back to openai: %s", exc)
            return self._summarize_fallback(conversation, system)
        text = "".join(block.text for block in response.content if block.type == "text")
        return Summary(
            conversation_id=conversation.id,
            text=text.strip(),
            model=response.model,
            input_tokens=response.usage.input_tokens,
            output_tokens=response.usage.output_tokens,
        )

    def _summarize_fallback(self, conversation: Conversation, system: str) -> Summary:
        settings = get_settings()
        model = settings.azure_chat_deployment if settings.use_azure else settings.openai_model
        completion = self.fallback.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": conversation.transcript()},
            ],
            temperature=0.2,
        )
        return Summary(
            conversation_id=conversation.id,
            text=completion.choices[0].message.content.strip(),
            model=completion.model,
            input_tokens=completion.usage.prompt_tokens,
            output_tokens=completion.usage.completion_tokens,
        )

    def stream_summary(self, conversation: Conversation):
        """Used by the agent console; yields text deltas."""
        with self.client.messages.stream(
            model=self.model,
            max_tokens=400,
            system=SUMMARY_SYSTEM.format(max_words=self.max_words),
            messages=[{"role": "user", "content": conversation.transcript()}],
        ) as stream:
            for text in stream.text_stream:
                yield text

    def estimate_input_tokens(self, conversation: Conversation) -> int:
        counted = self.client.messages.count_tokens(
            model=self.model,
            system=SUMMARY_SYSTEM.format(max_words=self.max_words),
            messages=[{"role": "user", "content": conversation.transcript()}],
        )
        return counted.input_tokens


async def summarize_tracked(conversation: Conversation) -> str:
    """New code path (HLX-412) - goes through the tracked service."""
    return await multi_model_service.generate_response(
        prompt=conversation.transcript(),
        task_type="summarize",
        complexity=TaskComplexity.SIMPLE,
        system=SUMMARY_SYSTEM.format(max_words=80),
    )
