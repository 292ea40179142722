"""Playbook-driven contract review on Claude."""
from __future__ import annotations

import json
import logging
from typing import AsyncIterator

from anthropic import AsyncAnthropic

from lexbrief.models import ReviewFinding, ReviewRequest, ReviewResult
from lexbrief.repositories import MatterRepository
from lexbrief.services.llm_usage_tracker import llm_tracker
from lexbrief.utils import truncate

log = logging.getLogger(__name__)

REVIEW_MODEL = "claude-sonnet-4-20250514"
PLAYBOOKS = {
    "default": "Flag uncapped liability, unilateral termination, broad indemnities and auto-renewal.",
    "saas-buyer": "We are the customer. Push for SLA credits, data return, liability cap >= 12 months fees.",
    "nda": "Mutual NDA. Flag residuals clauses, non-solicits, and terms over 3 years.",
}


def _review_prompt(req: ReviewRequest) -> str:
    playbook = PLAYBOOKS.get(req.playbook, PLAYBOOKS["default"])
    return (
        f"Playbook:\n{playbook}\n\nContract:\n<contract>\n{truncate(req.text, 150_000)}\n</contract>\n\n"
        'Respond with JSON: {"summary": str, "findings": [{"clause_kind", "risk", "explanation", "suggested_redline"}]}'
    )


class ContractReviewService:
    def __init__(self, anthropic: AsyncAnthropic, matters: MatterRepository) -> None:
        self.anthropic = anthropic
        self.matters = matters

    async def review(self, req: ReviewRequest) -> ReviewResult:
        message = await self.anthropic.messages.create(
            model=REVIEW_MODEL,
            max_tokens=4096,
            system="You are a senior commercial lawyer reviewing contracts against a playbook.",
            messages=[{"role": "user", "content": _review_prompt(req)}],
        )
        raw = "".join(block.text for block in message.content if block.type == "text")
        return self._parse(req, raw)

    async def review_tracked(self, req: ReviewRequest) -> ReviewResult:
        """Same as review() but attributed to the matter. New callers should use this one."""
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=REVIEW_MODEL, feature_context="contract_review", matter_id=req.matter_id
        ) as usage_log:
            message = await self.anthropic.messages.create(
                model=REVIEW_MODEL,
                max_tokens=4096,
                system="You are a senior commercial lawyer reviewing contracts against a playbook.",
                messages=[{"role": "user", "content": _review_prompt(req)}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        raw = "".join(block.text for block in message.content if block.type == "text")
        return self._parse(req, raw)

    async def stream_review(self, req: ReviewRequest) -> AsyncIterator[str]:
        async with self.anthropic.messages.stream(
            model=REVIEW_MODEL,
            max_tokens=4096,
            system="You are a senior commercial lawyer. Write the review as markdown.",
            messages=[{"role": "user", "content": _review_prompt(req)}],
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def estimate_input_tokens(self, req: ReviewRequest) -> int:
        counted = await self.anthropic.messages.count_tokens(
            model=REVIEW_MODEL,
            messages=[{"role": "user", "content": _review_prompt(req)}],
        )
        return counted.input_tokens

    def _parse(self, req: ReviewRequest, raw: str) -> ReviewResult:
        start, end = raw.find("{"), raw.rfind("}")
        try:
            payload = json.loads(raw[start : end + 1])
        except (ValueError, json.JSONDecodeError):
            log.warning("review output was not JSON for %s", req.document_id)
            payload = {"summary": raw, "findings": []}
        return ReviewResult(
            matter_id=req.matter_id,
            document_id=req.document_id,
            summary=payload.get("summary", ""),
            findings=[ReviewFinding.model_validate(f) for f in payload.get("findings", [])],
            model=REVIEW_MODEL,
        )
