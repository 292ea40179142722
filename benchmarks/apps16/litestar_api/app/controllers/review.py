from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List

from litestar import Controller, post
from litestar.di import Provide
from litestar.response import ServerSentEvent
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.db.repositories import ClauseRepository, DocumentRepository
from app.dependencies import provide_contract_review, provide_research
from app.exceptions import ValidationFailed
from app.schemas import RedlineRequest, ResearchRequest, ReviewRequest
from app.services import redline
from app.services.clause_extraction import ClauseExtractor, ExtractedClause
from app.services.contract_review import ContractReview, ContractReviewService
from app.services.research import ResearchAssistant

logger = logging.getLogger(__name__)


class ReviewController(Controller):
    path = "/review"
    tags = ["review"]
    dependencies = {
        "review_service": Provide(provide_contract_review, sync_to_thread=False),
        "research": Provide(provide_research, sync_to_thread=False),
    }

    @post("/contract")
    async def review_contract(
        self, data: ReviewRequest, review_service: ContractReviewService, document_repo: DocumentRepository
    ) -> ContractReview:
        doc = await document_repo.get(data.document_id)
        if not doc.text:
            raise ValidationFailed("document has no extracted text yet")
        return await review_service.review(doc.text, counterparty=data.counterparty)

    @post("/clauses")
    async def extract_clauses(
        self, data: ReviewRequest, document_repo: DocumentRepository, db_session: AsyncSession
    ) -> List[Dict[str, Any]]:
        doc = await document_repo.get(data.document_id)
        extractor = ClauseExtractor()
        if not await asyncio.to_thread(extractor.fits_context, doc.text or ""):
            raise ValidationFailed("document too long for single-pass clause extraction; use the batch job")
        clauses = await asyncio.to_thread(extractor.extract, doc.text or "")
        repo = ClauseRepository(db_session)
        await repo.create_many(
            [
                {
                    "document_id": doc.id,
                    "clause_type": c.clause_type,
                    "excerpt": c.excerpt,
                    "risk_level": c.risk_level,
                    "rationale": c.rationale,
                    "extra": {"section_ref": c.section_ref},
                }
                for c in clauses
            ]
        )
        return [c.__dict__ for c in clauses]

    @post("/clauses/explain")
    async def explain_clause(self, data: Dict[str, str]) -> ServerSentEvent:
        clause = ExtractedClause(clause_type=data["clause_type"], excerpt=data["excerpt"], risk_level="n/a")
        return ServerSentEvent(ClauseExtractor().explain(clause, audience=data.get("audience", "client")))

    @post("/clauses/compare")
    async def compare_to_standard(self, data: Dict[str, str], bedrock: Any) -> Dict[str, str]:
        """Side-by-side comparison of a counterparty clause with our standard form language."""
        prompt = (
            "Compare the counterparty clause with our standard clause. List material differences as "
            "bullets, most significant first, and say which side each difference favours.\n\n"
            f"<ours>\n{data['standard']}\n</ours>\n<theirs>\n{data['theirs']}\n</theirs>"
        )
        response = await asyncio.to_thread(
            lambda: bedrock.converse(
                modelId=get_settings().bedrock_haiku_model_id,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": 700, "temperature": 0},
            )
        )
        return {"comparison": response["output"]["message"]["content"][0]["text"]}

    @post("/redline")
    async def propose_redline(self, data: RedlineRequest) -> List[Dict[str, str]]:
        return await asyncio.to_thread(redline.propose_edits, data.clause_text, data.position)

    @post("/redline/stream")
    async def stream_redline(self, data: RedlineRequest) -> ServerSentEvent:
        return ServerSentEvent(redline.stream_edits(data.clause_text, data.position))

    @post("/research")
    async def research_question(self, data: ResearchRequest, research: ResearchAssistant) -> Dict[str, str]:
        memo = await research.answer(data.question, jurisdiction=data.jurisdiction)
        return {"memo": memo}
