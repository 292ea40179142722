import io
import logging
from typing import List

from dependency_injector.wiring import Provide, inject
from fastapi import APIRouter, Depends, File, Query, UploadFile
from PIL import Image

from app.containers import Container
from app.repositories.kb_repository import KBRepository
from app.schemas import KBArticle, SearchRequest
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.services.retrieval_service import RetrievalService
from app.utils import completion

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/kb", tags=["knowledge-base"])

# canned-response shortcuts agents can type in the composer ("/refund", "/reset-2fa", ...)
MACRO_SHORTCUTS = [
    "refund-policy", "refund-partial", "reset-2fa", "reset-password", "invoice-copy",
    "sso-setup", "sso-troubleshoot", "export-data", "delete-account", "plan-upgrade",
]


@router.post("/search", response_model=List[KBArticle])
@inject
async def search(
    req: SearchRequest,
    retrieval: RetrievalService = Depends(Provide[Container.retrieval_service]),
) -> List[KBArticle]:
    return await retrieval.search(req.query, top_k=req.top_k, locale=req.locale)


@router.post("/search-by-screenshot", response_model=List[KBArticle])
@inject
async def search_by_screenshot(
    image: UploadFile = File(...),
    caption: str = "",
    voyage=Depends(Provide[Container.async_voyage_client]),
    model: str = Depends(Provide[Container.config.voyage.multimodal_model]),
    kb: KBRepository = Depends(Provide[Container.kb_repository]),
) -> List[KBArticle]:
    img = Image.open(io.BytesIO(await image.read())).convert("RGB")
    img.thumbnail((1024, 1024))
    inputs = [[caption, img]] if caption else [[img]]
    result = await voyage.multimodal_embed(inputs=inputs, model=model, input_type="query")
    return await kb.nearest_images(result.embeddings[0], top_k=5)


@router.post("/ask")
@inject
async def ask(
    req: SearchRequest,
    retrieval: RetrievalService = Depends(Provide[Container.retrieval_service]),
) -> dict:
    articles = await retrieval.search(req.query, top_k=3, locale=req.locale)
    context = "\n\n".join(f"[{a.id}] {a.title}\n{a.body[:2000]}" for a in articles)
    answer = await multi_model_service.generate_response(
        prompt=f"Question: {req.query}\n\nArticles:\n{context}",
        task_type="kb_answer",
        complexity=TaskComplexity.STANDARD,
        system_prompt="Answer only from the articles and cite their ids in brackets.",
    )
    return {"answer": answer, "articles": [a.id for a in articles]}


@router.get("/shortcuts")
async def shortcuts(q: str = Query(..., min_length=1)) -> dict:
    return {"matches": completion(prefix=q, vocabulary=MACRO_SHORTCUTS, limit=5)}
