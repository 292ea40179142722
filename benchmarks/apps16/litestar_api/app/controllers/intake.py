from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List

from litestar import Controller, post
from saq import Queue
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.legacy.ai_helpers import ask_gpt
from app.services.intake import fuzzy_conflict_candidates, triage_intake

logger = logging.getLogger(__name__)


class IntakeController(Controller):
    path = "/intake"
    tags = ["intake"]

    @post("/triage")
    async def triage(self, data: Dict[str, str], db_session: AsyncSession) -> Dict[str, Any]:
        result = await triage_intake(data)
        known = (await db_session.execute(text("SELECT name FROM conflicts.parties WHERE active"))).scalars().all()
        candidates = await asyncio.to_thread(fuzzy_conflict_candidates, result.adverse_parties, list(known))
        return {"triage": result.__dict__, "conflict_candidates": candidates}

    @post("/engagement-summary")
    async def engagement_summary(self, data: Dict[str, str]) -> Dict[str, Any]:
        # still on the legacy helper; the engagement letter template team owns the prompt
        summary = await asyncio.to_thread(
            ask_gpt,
            data["scope"],
            system="Summarise the proposed engagement scope in plain English for the client.",
            max_tokens=400,
        )
        return {"summary": summary}

    @post("/docket-email", exclude_from_auth=True)
    async def docket_email(self, data: Dict[str, str], queue: Queue) -> Dict[str, str]:
        """SES inbound hook for CM/ECF notices."""
        job = await queue.enqueue("process_docket_email", body=data["body"], timeout=300)
        return {"job": job.key if job else ""}
