"""Guardrails: input checks before retrieval, groundedness check after generation."""
from __future__ import annotations

import asyncio
import json
import logging
import re

from haystack import Document, component

from ragsvc.clients import get_openai_client
from ragsvc.config import get_settings
from ragsvc.prompts import GRADER_PROMPT
from ragsvc.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

_PII_PATTERNS = [
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # SSN
    re.compile(r"\b(?:\d[ -]*?){13,16}\b"),  # card numbers
]


@component
class PIIScrubber:
    """Regex-only scrubber; no model calls."""

    @component.output_types(text=str, redactions=int)
    def run(self, text: str):
        count = 0
        for pat in _PII_PATTERNS:
            text, n = pat.subn("[REDACTED]", text)
            count += n
        return {"text": text, "redactions": count}


@component
class ModerationFilter:
    """Blocks queries flagged by the OpenAI moderation endpoint."""

    def __init__(self, model: str = "omni-moderation-latest", block_categories: list[str] | None = None):
        self.model = model
        self.block_categories = block_categories
        self._client = None

    def warm_up(self) -> None:
        if get_settings().moderation_enabled:
            self._client = get_openai_client()

    @component.output_types(query=str, blocked=bool, categories=list[str])
    def run(self, query: str):
        if self._client is None:
            return {"query": query, "blocked": False, "categories": []}
        result = self._client.moderations.create(model=self.model, input=query).results[0]
        flagged = [name for name, hit in result.categories.model_dump().items() if hit]
        if self.block_categories is not None:
            flagged = [c for c in flagged if c in self.block_categories]
        blocked = bool(flagged) and result.flagged
        if blocked:
            logger.warning("query blocked by moderation: %s", flagged)
        return {"query": query, "blocked": blocked, "categories": flagged}


@component
class AnswerGrader:
    def __init__(self, max_context_chars: int = 12000, fail_open: bool = True):
        self.max_context_chars = max_context_chars
        self.fail_open = fail_open

    async def _grade(self, answer: str, documents: list[Document]) -> dict:
        context = "\n\n".join(d.content or "" for d in documents)[: self.max_context_chars]
        raw = await multi_model_service.generate_response(
            prompt=GRADER_PROMPT.format(context=context, answer=answer),
            task_type="answer_grading",
            complexity=TaskComplexity.SIMPLE,
            response_format={"type": "json_object"},
        )
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            logger.warning("grader returned non-JSON: %.200s", raw)
            return {"supported": self.fail_open, "reason": "unparseable grader output"}

    @component.output_types(replies=list[str], supported=bool, reason=str)
    def run(self, replies: list[str], documents: list[Document]):
        if not replies:
            return {"replies": replies, "supported": False, "reason": "no reply"}
        verdict = asyncio.run(self._grade(replies[0], documents))
        return {"replies": replies, "supported": bool(verdict.get("supported")), "reason": verdict.get("reason", "")}

    @component.output_types(replies=list[str], supported=bool, reason=str)
    async def run_async(self, replies: list[str], documents: list[Document]):
        if not replies:
            return {"replies": replies, "supported": False, "reason": "no reply"}
        verdict = await self._grade(replies[0], documents)
        return {"replies": replies, "supported": bool(verdict.get("supported")), "reason": verdict.get("reason", "")}
