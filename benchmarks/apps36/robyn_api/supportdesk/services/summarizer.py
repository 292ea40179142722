"""Conversation summaries for the agent sidebar and for hand-offs."""

from __future__ import annotations

from supportdesk.llm.prompts import SUMMARY_SYSTEM
from supportdesk.services.multi_model_service import TaskComplexity, multi_model_service


class ConversationSummarizer:
    def __init__(self, service=multi_model_service) -> None:
        self.service = service

    async def summarize(self, messages: list[dict]) -> str:
        transcript = "\n".join(f"{m['author']}: {m['text']}" for m in messages)
        return await self.service.generate_response(
            prompt=transcript,
            task_type="conversation_summary",
            complexity=TaskComplexity.STANDARD,
            system=SUMMARY_SYSTEM,
        )

    async def handoff_note(self, messages: list[dict], to_team: str) -> str:
        transcript = "\n".join(f"{m['author']}: {m['text']}" for m in messages)
        return await multi_model_service.generate_response(
            prompt=f"Write a hand-off note for the {to_team} team.\n\n{transcript}",
            task_type="handoff",
            complexity=TaskComplexity.AGENTIC,
        )
