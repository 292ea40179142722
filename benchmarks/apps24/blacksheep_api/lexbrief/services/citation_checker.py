"""Checks that citations in a draft are supported by the sources the user attached."""
from __future__ import annotations

import logging
import re

from lexbrief.clients import ProviderRegistry
from lexbrief.clients.vendors import CHAT_MODEL
from lexbrief.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

CITE_RE = re.compile(r"\b\d+\s+(?:U\.S\.|F\.\d?d|F\. Supp\.(?: \d?d)?|S\. Ct\.)\s+\d+\b")


class CitationChecker:
    def __init__(self, registry: ProviderRegistry) -> None:
        self.registry = registry

    def find_citations(self, draft: str) -> list[str]:
        return sorted(set(CITE_RE.findall(draft)))

    async def check(self, draft: str, sources: list[dict]) -> dict:
        co = self.registry.get("cohere")
        documents = [{"data": {"title": s.get("title", ""), "snippet": s["text"]}} for s in sources]
        response = await co.chat(
            model=CHAT_MODEL,
            messages=[
                {
                    "role": "user",
                    "content": "For each legal proposition in this draft, say whether the attached sources "
                    "support it. Cite the source.\n\n" + draft,
                }
            ],
            documents=documents,
            temperature=0,
        )
        text = "".join(part.text for part in response.message.content or [] if part.type == "text")
        return {
            "citations": self.find_citations(draft),
            "analysis": text,
            "grounding": [c.model_dump() for c in (response.message.citations or [])],
        }

    async def check_tracked(self, draft: str, sources: list[dict], matter_id: str) -> dict:
        co = self.registry.get("cohere")
        documents = [{"data": {"title": s.get("title", ""), "snippet": s["text"]}} for s in sources]
        async with llm_tracker.track_llm_call(
            provider="cohere", model=CHAT_MODEL, feature_context="citation_check", matter_id=matter_id
        ) as usage_log:
            response = await co.chat(
                model=CHAT_MODEL,
                messages=[{"role": "user", "content": "Verify each citation against the sources.\n\n" + draft}],
                documents=documents,
            )
            usage_log.input_tokens = int(response.usage.billed_units.input_tokens or 0)
            usage_log.output_tokens = int(response.usage.billed_units.output_tokens or 0)
        text = "".join(part.text for part in response.message.content or [] if part.type == "text")
        return {"citations": self.find_citations(draft), "analysis": text}
