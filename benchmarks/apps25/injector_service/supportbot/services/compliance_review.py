"""Compliance review of outgoing agent replies (Grok via xai-sdk).

Flags replies that promise refunds, give investment advice or disclose
another customer's data before they are sent.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from injector import inject
from pydantic import BaseModel
from xai_sdk import Client as XaiClient
from xai_sdk.chat import system, user

from supportbot.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

POLICY = """You are a compliance reviewer at a regulated e-money institution. Check the draft
reply against policy: no refund promises, no investment or tax advice, no disclosure of other
customers' data, no statements about credit decisions. Answer strictly in the requested format."""


class ReviewVerdict(BaseModel):
    approved: bool
    violations: list[str]
    suggested_fix: str | None = None


@dataclass
class Review:
    approved: bool
    violations: list[str]
    suggested_fix: str | None


class ComplianceReviewer:
    MODEL = "grok-3"

    @inject
    def __init__(self, xai: XaiClient) -> None:
        self._xai = xai

    def review(self, draft: str) -> Review:
        chat = self._xai.chat.create(model=self.MODEL, temperature=0)
        chat.append(system(POLICY))
        chat.append(user(f"Draft reply:\n\n{draft}"))
        _response, verdict = chat.parse(ReviewVerdict)
        return Review(verdict.approved, verdict.violations, verdict.suggested_fix)

    def explain(self, draft: str, violations: list[str]) -> str:
        chat = self._xai.chat.create(model=self.MODEL)
        chat.append(system(POLICY))
        chat.append(user(f"Draft:\n{draft}\n\nViolations: {', '.join(violations)}. Explain briefly."))
        response = chat.sample()
        return response.content

    def stream_rewrite(self, draft: str):
        chat = self._xai.chat.create(model="grok-3-mini", messages=[system(POLICY)])
        chat.append(user(f"Rewrite this draft so it is compliant:\n\n{draft}"))
        for _response, chunk in chat.stream():
            if chunk.content:
                yield chunk.content

    async def quick_check(self, draft: str) -> bool:
        """Cheap pre-check through the tracked service before the full review."""
        answer = await multi_model_service.generate_response(
            prompt=f"Does this reply promise a refund? Answer yes or no.\n\n{draft}",
            task_type="compliance_precheck",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=3,
        )
        return answer.strip().lower().startswith("no")
