import json
import logging
from typing import Any, AsyncIterator

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from app.api.deps import AITenant, AsyncAzureDep, CurrentTenant, SessionDep
from app.core.config import settings
from app.models import SearchHit
from app.services.search import SemanticSearch

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/search", tags=["search"])

ANSWER_SYSTEM = (
    "Answer the question using only the numbered sources. Cite sources like [2]. "
    "If the sources don't contain the answer, say you couldn't find it."
)


class AskRequest(BaseModel):
    question: str
    max_sources: int = 6


@router.get("/", response_model=list[SearchHit])
async def search(
    session: SessionDep,
    tenant: CurrentTenant,
    q: str = Query(min_length=2, max_length=500),
    limit: int = Query(default=10, le=50),
    rerank: bool = True,
) -> Any:
    return await SemanticSearch(session, tenant.id).search(q, limit=limit, rerank=rerank)


@router.post("/ask")
async def ask(session: SessionDep, tenant: AITenant, azure: AsyncAzureDep, body: AskRequest) -> StreamingResponse:
    hits = await SemanticSearch(session, tenant.id).search(body.question, limit=body.max_sources)
    sources = "\n\n".join(f"[{i + 1}] {h.title}\n{h.snippet}" for i, h in enumerate(hits))

    async def event_stream() -> AsyncIterator[str]:
        yield "data: " + json.dumps({"sources": [h.model_dump(mode="json") for h in hits]}) + "\n\n"
        stream = await azure.chat.completions.create(
            model=settings.AZURE_OPENAI_CHAT_DEPLOYMENT,
            messages=[
                {"role": "system", "content": ANSWER_SYSTEM},
                {"role": "user", "content": f"Sources:\n{sources}\n\nQuestion: {body.question}"},
            ],
            temperature=0.1,
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield "data: " + json.dumps({"delta": chunk.choices[0].delta.content}) + "\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(event_stream(), media_type="text/event-stream")
