"""Rolling conversation summaries for agents picking up a handoff."""
from __future__ import annotations

import logging

from app.services.llm_usage_tracker import llm_tracker
from app.storage.transcripts import TranscriptStore

logger = logging.getLogger(__name__)

SUMMARY_SYSTEM = (
    "You summarise customer support conversations for the next human agent. "
    "Return 3-6 bullet points: the customer's problem, what has been tried, "
    "open questions, and the customer's mood. No greetings."
)


def _render(history: list[dict[str, str]]) -> str:
    return "\n".join(f"{m['role'].upper()}: {m['content']}" for m in history)


class ConversationSummarizer:
    def __init__(self, anthropic_client, store: TranscriptStore,
                 model: str = "claude-3-5-haiku-latest") -> None:
        self._client = anthropic_client
        self._store = store
        self.model = model

    async def summarize(self, conversation_id: str) -> str:
        history = await self._store.history(conversation_id, limit=80)
        if not history:
            return ""
        msg = await self._client.messages.create(
            model=self.model,
            max_tokens=400,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": _render(history)}],
        )
        summary = msg.content[0].text.strip()
        await self._store.set_summary(conversation_id, summary)
        return summary

    async def summarize_tracked(self, conversation_id: str) -> str:
        """Variant used by the nightly backfill; emits usage rows."""
        history = await self._store.history(conversation_id, limit=200)
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="summary_backfill"
        ) as usage_log:
            msg = await self._client.messages.create(
                model=self.model,
                max_tokens=600,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": _render(history)}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        summary = msg.content[0].text.strip()
        await self._store.set_summary(conversation_id, summary)
        return summary
