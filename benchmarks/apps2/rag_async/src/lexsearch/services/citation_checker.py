"""Checks that citations in a draft support the propositions they are cited for."""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lexsearch.container import container
from lexsearch.text import BluebookFormatter, Citation, extract_citations

if TYPE_CHECKING:
    from groq import AsyncGroq

logger = logging.getLogger(__name__)

VERIFY_PROMPT = """You check legal citations. Given a sentence from a brief and the text of
the cited authority, answer with JSON {"supports": true|false, "reason": "..."}."""


@dataclass
class CitationFinding:
    citation: str
    supports: bool | None
    reason: str


class CitationChecker:
    def __init__(self, lookup, max_parallel: int = 8) -> None:
        self._lookup = lookup
        self._groq: AsyncGroq = container.groq
        self._model = container.settings.models.fast_model
        self._formatter = BluebookFormatter()
        self._limit = asyncio.Semaphore(max_parallel)

    async def _verify(self, sentence: str, citation: Citation) -> CitationFinding:
        cite_text = self._formatter.generate(citation)
        authority = await self._lookup(citation.key)
        if authority is None:
            return CitationFinding(cite_text, None, "authority not found in the index")
        async with self._limit:
            response = await self._groq.chat.completions.create(
                model=self._model,
                messages=[
                    {"role": "system", "content": VERIFY_PROMPT},
                    {
                        "role": "user",
                        "content": f"Sentence: {sentence}\n\nAuthority ({cite_text}):\n{authority[:12000]}",
                    },
                ],
                response_format={"type": "json_object"},
                temperature=0,
            )
        try:
            verdict = json.loads(response.choices[0].message.content or "{}")
        except json.JSONDecodeError:
            return CitationFinding(cite_text, None, "unparseable verdict")
        return CitationFinding(cite_text, bool(verdict.get("supports")), str(verdict.get("reason", "")))

    async def check(self, draft: str) -> list[CitationFinding]:
        tasks = []
        for sentence in (s.strip() for s in draft.split(". ") if s.strip()):
            for citation in extract_citations(sentence):
                tasks.append(self._verify(sentence, citation))
        findings = await asyncio.gather(*tasks, return_exceptions=True)
        results: list[CitationFinding] = []
        for finding in findings:
            if isinstance(finding, BaseException):
                logger.warning("citation check failed: %s", finding)
                continue
            results.append(finding)
        return results
