from __future__ import annotations

import asyncio

from django.apps import apps
from ninja import Field, Query, Router, Schema

from core.services.multi_model_service import TaskComplexity, multi_model_service
from listings.models import Listing

from . import services

router = Router(tags=["search"])


class SearchParams(Schema):
    q: str = Field(..., min_length=2, max_length=500)
    city: str | None = None
    limit: int = Field(10, ge=1, le=50)
    rerank: bool = True


class HitOut(Schema):
    listing_id: int
    score: float
    title: str = ""
    price: float | None = None
    snippet: str = ""


class SearchOut(Schema):
    query: str
    filters: dict = {}
    hits: list[HitOut]
    explanation: str | None = None


def _hydrate(hits: list[services.SearchHit]) -> list[dict]:
    by_id = Listing.objects.in_bulk([h.listing_id for h in hits])
    out = []
    for h in hits:
        listing = by_id.get(h.listing_id)
        if listing is None:
            continue
        out.append(
            {"listing_id": h.listing_id, "score": h.score, "title": listing.title, "price": float(listing.price), "snippet": h.snippet}
        )
    return out


@router.get("/", response=SearchOut)
def search(request, params: SearchParams = Query(...)):
    vector = services.embed_query(params.q)
    hits = services.nearest_listings(vector, limit=params.limit * 4, city=params.city)
    if params.rerank:
        hits = services.rerank(params.q, hits, top_k=params.limit)
    return {"query": params.q, "hits": _hydrate(hits[: params.limit])}


@router.get("/smart", response=SearchOut)
async def smart_search(request, params: SearchParams = Query(...)):
    """Natural-language search: parse filters (Bedrock), embed (Voyage), rerank, explain."""
    search_config = apps.get_app_config("search")
    filters_task = asyncio.to_thread(services.parse_query, params.q)
    embed_task = asyncio.to_thread(
        search_config.voyage.embed,
        [params.q],
        model=search_config.embedding_model,
        input_type="query",
    )
    filters, embedded = await asyncio.gather(filters_task, embed_task)

    city = params.city or filters.get("city")
    hits = await asyncio.to_thread(services.nearest_listings, embedded.embeddings[0], limit=params.limit * 4, city=city)
    hits = await services.rerank_async(filters.get("free_text") or params.q, hits, top_k=params.limit)
    hydrated = await asyncio.to_thread(_hydrate, hits)

    explanation = None
    if hydrated:
        top = "\n".join(f"- {h['title']} (${h['price']:,.0f})" for h in hydrated[:5])
        explanation = await multi_model_service.generate_response(
            prompt=f"In two sentences, explain why these listings match '{params.q}':\n{top}",
            task_type="search_explain",
            complexity=TaskComplexity.SIMPLE,
        )
    return {"query": params.q, "filters": filters, "hits": hydrated, "explanation": explanation}


@router.get("/similar/{listing_id}", response=list[HitOut])
async def similar(request, listing_id: int, limit: int = 6):
    listing = await Listing.objects.aget(pk=listing_id)
    vector = await services.embed_query_async(f"{listing.summary_line}\n{listing.description}")
    hits = await asyncio.to_thread(services.nearest_listings, vector, limit=limit + 1, city=listing.city)
    hits = [h for h in hits if h.listing_id != listing_id][:limit]
    return await asyncio.to_thread(_hydrate, hits)
