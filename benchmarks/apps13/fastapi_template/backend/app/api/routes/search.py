import json
import logging
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from google.genai import types
from pydantic import BaseModel, Field

from app.api.deps import CurrentTenant, SessionDep, require_ai_feature
from app.core.config import settings
from app.services.search_service import search_service

logger = logging.getLogger(__name__)

router = APIRouter(
    prefix="/search",
    tags=["search"],
    dependencies=[Depends(require_ai_feature("semantic_search"))],
)


class SearchQuery(BaseModel):
    q: str = Field(min_length=2, max_length=500)
    top_k: int = Field(default=8, ge=1, le=30)


@router.post("/")
async def semantic_search(body: SearchQuery, session: SessionDep, tenant: CurrentTenant) -> Any:
    hits = await search_service.search(
        session, tenant_id=tenant.id, query=body.q, language=tenant.language, top_k=body.top_k
    )
    return {"results": [h.__dict__ for h in hits]}


@router.post("/answer")
async def answer_from_documents(
    request: Request, body: SearchQuery, session: SessionDep, tenant: CurrentTenant
) -> StreamingResponse:
    """'Ask your workspace': search, then have Gemini answer with citations."""
    hits = await search_service.search(
        session, tenant_id=tenant.id, query=body.q, language=tenant.language, top_k=6
    )
    sources = "\n\n".join(
        f"[{i + 1}] (doc {h.document_id})\n{h.snippet}" for i, h in enumerate(hits)
    )
    gemini = request.app.state.genai

    async def gen():
        yield f"data: {json.dumps({'sources': [str(h.document_id) for h in hits]})}\n\n"
        if not hits:
            yield "data: [DONE]\n\n"
            return
        async for chunk in await gemini.aio.models.generate_content_stream(
            model=settings.GEMINI_FLASH_MODEL,
            contents=f"Sources:\n{sources}\n\nQuestion: {body.q}",
            config=types.GenerateContentConfig(
                system_instruction=(
                    "Answer using only the numbered sources and cite them like [1]. "
                    f"Answer in language '{tenant.language}'."
                ),
                temperature=0.2,
            ),
        ):
            if chunk.text:
                yield f"data: {json.dumps({'delta': chunk.text})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(gen(), media_type="text/event-stream")
