"""Query-side LLM helpers: rewrite follow-up questions, HyDE passages."""
from __future__ import annotations

import logging
from typing import Any

from haystack import component

from ragsvc import clients
from ragsvc.prompts import HYDE_PROMPT, REWRITE_SYSTEM_PROMPT

logger = logging.getLogger(__name__)


def _format_history(history: list[dict[str, str]] | None, limit: int = 6) -> str:
    if not history:
        return ""
    lines = [f"{turn['role']}: {turn['content']}" for turn in history[-limit:]]
    return "\n".join(lines)


@component
class QueryRewriter:
    """Turns a follow-up question into a standalone search query."""

    def __init__(self, model: str = "gpt-4o-mini", max_history: int = 6):
        self.model = model
        self.max_history = max_history
        self._client = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = clients.get_openai_client()

    @component.output_types(query=str, rewritten=bool)
    def run(self, query: str, history: list[dict[str, str]] | None = None):
        if not history:
            return {"query": query, "rewritten": False}
        completion = self._client.chat.completions.create(
            model=self.model,
            temperature=0,
            max_tokens=120,
            messages=[
                {"role": "system", "content": REWRITE_SYSTEM_PROMPT},
                {"role": "user", "content": f"Conversation:\n{_format_history(history, self.max_history)}\n\nFollow-up: {query}"},
            ],
        )
        rewritten = (completion.choices[0].message.content or query).strip()
        logger.debug("rewrote %r -> %r", query, rewritten)
        return {"query": rewritten, "rewritten": rewritten != query}


@component
class HyDEGenerator:
    """Hypothetical document embeddings: draft an answer passage to embed instead of the query."""

    def __init__(self, model: str = "gpt-4.1-mini", num_passages: int = 1):
        self.model = model
        self.num_passages = num_passages
        self._client = None

    def warm_up(self) -> None:
        self._client = clients.get_openai_client()

    @component.output_types(text=str, meta=dict[str, Any])
    def run(self, query: str):
        response = self._client.responses.create(
            model=self.model,
            instructions=HYDE_PROMPT,
            input=query,
            max_output_tokens=300,
        )
        return {
            "text": response.output_text,
            "meta": {"input_tokens": response.usage.input_tokens, "output_tokens": response.usage.output_tokens},
        }
