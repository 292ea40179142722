"""Privilege log assistant.

Classifies produced documents as attorney-client / work product / not privileged and drafts
the log description. Reviewers always confirm; nothing is withheld on the model's say-so.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Iterable, List, Optional

import groq

from app.clients.groq_client import groq_client
from app.config import get_settings
from app.utils.retry import call_with_backoff
from app.utils.text import truncate

logger = logging.getLogger(__name__)

CLASSIFY_PROMPT = """Classify the document for a privilege log under US federal law.
Return JSON: {"basis": "attorney_client" | "work_product" | "both" | "none",
"confidence": number between 0 and 1, "reasoning": string}.
Attorneys on the matter: {attorneys}. In-house counsel domains: {domains}."""

DESCRIBE_PROMPT = """Write a privilege log description (one sentence, no privileged content revealed)
for this {basis} document. Follow the format: "<Doc type> from <author role> to <recipient role>
<providing/requesting> legal advice regarding <general subject>"."""


@dataclass
class PrivilegeCall:
    basis: str
    confidence: float
    reasoning: str
    description: Optional[str] = None


class PrivilegeReviewer:
    def __init__(self, attorneys: Iterable[str], counsel_domains: Iterable[str]) -> None:
        self._client = groq_client()
        self._settings = get_settings()
        self.attorneys = sorted(set(attorneys))
        self.counsel_domains = sorted(set(counsel_domains))

    def classify(self, text: str, metadata: str = "") -> PrivilegeCall:
        system = CLASSIFY_PROMPT.replace("{attorneys}", ", ".join(self.attorneys) or "n/a").replace(
            "{domains}", ", ".join(self.counsel_domains) or "n/a"
        )
        resp = self._client.chat.completions.create(
            model=self._settings.groq_large_model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": f"{metadata}\n\n{truncate(text, 24000)}"},
            ],
            response_format={"type": "json_object"},
            temperature=0,
            max_tokens=300,
        )
        try:
            data = json.loads(resp.choices[0].message.content)
        except (TypeError, json.JSONDecodeError):
            logger.warning("unparseable privilege classification, marking for manual review")
            return PrivilegeCall(basis="needs_review", confidence=0.0, reasoning="model output unparseable")
        return PrivilegeCall(
            basis=data.get("basis", "needs_review"),
            confidence=float(data.get("confidence", 0.0)),
            reasoning=data.get("reasoning", ""),
        )

    def describe(self, text: str, call: PrivilegeCall) -> str:
        # Bulk review runs thousands of these back to back and we hit Groq's TPM limit constantly.
        resp = call_with_backoff(
            self._client.chat.completions.create,
            attempts=6,
            retry_on=(groq.RateLimitError, groq.APITimeoutError),
            model=self._settings.groq_fast_model,
            messages=[
                {"role": "system", "content": DESCRIBE_PROMPT.format(basis=call.basis.replace("_", "-"))},
                {"role": "user", "content": truncate(text, 8000)},
            ],
            temperature=0.1,
            max_tokens=120,
        )
        return resp.choices[0].message.content.strip()

    def review_batch(self, docs: List[tuple]) -> List[PrivilegeCall]:
        results = []
        for text, metadata in docs:
            call = self.classify(text, metadata)
            if call.basis not in ("none", "needs_review"):
                call.description = self.describe(text, call)
            results.append(call)
        return results
