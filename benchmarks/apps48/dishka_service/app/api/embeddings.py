from __future__ import annotations

from dishka.integrations.fastapi import FromDishka, inject
from fastapi import APIRouter, HTTPException
from mistralai import Mistral

from app.config import Settings
from app.domain.models import EmbedRequest, EmbedResponse
from app.services.embedding_service import EmbeddingService

router = APIRouter(prefix="/embeddings", tags=["embeddings"])

MAX_TEXTS = 512


@router.post("", response_model=EmbedResponse)
@inject
async def embed(body: EmbedRequest, service: FromDishka[EmbeddingService]) -> EmbedResponse:
    if len(body.texts) > MAX_TEXTS:
        raise HTTPException(413, f"at most {MAX_TEXTS} texts per request")
    if body.input_type == "query" and len(body.texts) == 1:
        vectors = [await service.embed_query(body.texts[0])]
    else:
        vectors = await service.embed_documents(body.texts)
    return EmbedResponse(vectors=vectors, model=service.model_name, dims=len(vectors[0]) if vectors else 0)


@router.post("/mistral")
@inject
async def embed_mistral(
    body: EmbedRequest,
    client: FromDishka[Mistral],
    settings: FromDishka[Settings],
) -> EmbedResponse:
    """EU tenants only; kept separate so the vectors never mix with the voyage index."""
    resp = await client.embeddings.create_async(model=settings.mistral_embed_model, inputs=body.texts)
    vectors = [d.embedding for d in resp.data]
    return EmbedResponse(vectors=vectors, model=resp.model, dims=len(vectors[0]) if vectors else 0)
