"""First-pass contract review: issue list + risk rating against the firm playbook."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import TYPE_CHECKING, Any, List, Literal, Optional

import openai
from pydantic import BaseModel, Field, ValidationError

from app.config import get_settings
from app.exceptions import ContentFiltered, UpstreamModelError
from app.utils.text import truncate

if TYPE_CHECKING:
    from openai import AsyncAzureOpenAI

logger = logging.getLogger(__name__)

PLAYBOOK_PROMPT = """You are a senior commercial contracts associate at a US law firm.
Review the agreement below against the firm playbook:
- limitation of liability must be mutual and capped at 12 months' fees (carve-outs: confidentiality, IP indemnity)
- governing law: New York or Delaware
- auto-renewal needs at least 60 days' notice to opt out
- no unilateral assignment without consent, except to affiliates / successor
- data processing terms must reference a DPA when personal data is in scope
Report every deviation. Quote the clause text exactly. Do not invent clauses."""


class Issue(BaseModel):
    clause: str
    excerpt: str
    deviation: str
    severity: Literal["low", "medium", "high", "critical"]
    suggested_fallback: Optional[str] = None


class ContractReview(BaseModel):
    agreement_type: str
    parties: List[str]
    governing_law: Optional[str] = None
    overall_risk: Literal["low", "medium", "high"]
    issues: List[Issue] = Field(default_factory=list)


class ContractReviewService:
    def __init__(self, azure: "AsyncAzureOpenAI", bedrock: Any) -> None:
        self._azure = azure
        self._bedrock = bedrock
        self._settings = get_settings()

    async def review(self, text: str, counterparty: Optional[str] = None) -> ContractReview:
        body = truncate(text, 120_000)
        user = f"Counterparty: {counterparty or 'unknown'}\n\n<agreement>\n{body}\n</agreement>"
        try:
            completion = await self._azure.chat.completions.parse(
                model=self._settings.azure_chat_deployment,
                messages=[
                    {"role": "system", "content": PLAYBOOK_PROMPT},
                    {"role": "user", "content": user},
                ],
                response_format=ContractReview,
                temperature=0,
            )
        except openai.BadRequestError as exc:
            # Azure's content filter trips on some employment agreements (harassment clauses).
            if getattr(exc, "code", None) != "content_filter":
                raise UpstreamModelError(str(exc)) from exc
            logger.warning("azure content filter hit, falling back to bedrock")
            return await self._review_with_claude(user)

        message = completion.choices[0].message
        if message.refusal:
            raise ContentFiltered(message.refusal)
        return message.parsed

    async def _review_with_claude(self, user: str) -> ContractReview:
        schema = json.dumps(ContractReview.model_json_schema())
        response = await asyncio.to_thread(
            self._bedrock.converse,
            modelId=self._settings.bedrock_claude_model_id,
            system=[{"text": PLAYBOOK_PROMPT + "\nAnswer with JSON matching this schema only:\n" + schema}],
            messages=[{"role": "user", "content": [{"text": user}]}],
            inferenceConfig={"maxTokens": 4096, "temperature": 0},
        )
        blocks = response["output"]["message"]["content"]
        raw = "".join(block.get("text", "") for block in blocks)
        try:
            return ContractReview.model_validate_json(raw.strip().removeprefix("```json").removesuffix("```"))
        except ValidationError as exc:
            raise UpstreamModelError("fallback review did not match schema") from exc
