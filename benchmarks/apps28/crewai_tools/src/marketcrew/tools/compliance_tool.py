"""Regulatory / claims compliance review.

Goes through the tracked multi-model service (legal asked for every compliance review to be
auditable on the FinOps dashboard).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Type

from crewai.tools import BaseTool
from pydantic import BaseModel, Field

from marketcrew.services.multi_model_service import TaskComplexity, multi_model_service
from marketcrew.utils import parse_json_loose

logger = logging.getLogger(__name__)

COMPLIANCE_SYSTEM = """You are a marketing compliance reviewer (FTC, ASA, GDPR).
Identify unsubstantiated claims, missing disclosures, comparative claims and privacy issues.
Reply in JSON: {"verdict": "pass"|"fix"|"block", "issues": [{"quote": str, "rule": str, "fix": str}]}"""


class ComplianceInput(BaseModel):
    copy_text: str = Field(..., description="The marketing copy to review")
    region: str = Field("US", description="Market the copy will run in")


class ComplianceReviewTool(BaseTool):
    name: str = "compliance_review"
    description: str = "Reviews marketing copy for regulatory and claims compliance."
    args_schema: Type[BaseModel] = ComplianceInput

    async def _arun(self, copy_text: str, region: str = "US") -> str:
        raw = await multi_model_service.generate_response(
            prompt=f"Region: {region}\n\nCopy:\n{copy_text}",
            task_type="compliance_review",
            complexity=TaskComplexity.AGENTIC,
            system=COMPLIANCE_SYSTEM,
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            return json.dumps(parse_json_loose(raw))
        except (json.JSONDecodeError, ValueError):
            logger.warning("compliance review returned non-JSON output")
            return json.dumps({"verdict": "fix", "issues": [], "raw": raw})

    def _run(self, copy_text: str, region: str = "US") -> str:
        return asyncio.run(self._arun(copy_text, region))
