from __future__ import annotations

from fastapi import APIRouter, Request

from api.deps import EmbedderDep, RepoDep, TenantDep, VoyageDep
from api.schemas import AnswerOut, SearchHit, SearchIn
from docproc.services.llm_usage_tracker import llm_tracker
from docproc.settings import get_settings

router = APIRouter()


async def _retrieve(payload: SearchIn, repo, tenant: str, embedder, voyage) -> list[SearchHit]:
    [qvec] = await embedder.embed([payload.query], query=True)
    rows = await repo.nearest_chunks(tenant, qvec, k=max(payload.k * 3, 20))
    hits = [SearchHit(document_id=r["document_id"], chunk=r["idx"], text=r["text"]) for r in rows]
    if payload.rerank and hits:
        rr = await voyage.rerank(
            query=payload.query,
            documents=[h.text for h in hits],
            model=get_settings().rerank_model,
            top_k=payload.k,
        )
        hits = [hits[r.index].model_copy(update={"score": r.relevance_score}) for r in rr.results]
    return hits[: payload.k]


@router.post("", response_model=list[SearchHit])
async def search(payload: SearchIn, repo: RepoDep, tenant: TenantDep, embedder: EmbedderDep, voyage: VoyageDep):
    return await _retrieve(payload, repo, tenant, embedder, voyage)


@router.post("/answer", response_model=AnswerOut)
async def answer(
    payload: SearchIn, request: Request, repo: RepoDep, tenant: TenantDep, embedder: EmbedderDep, voyage: VoyageDep
) -> AnswerOut:
    hits = await _retrieve(payload, repo, tenant, embedder, voyage)
    context = "\n\n".join(f"[{i}] {h.text}" for i, h in enumerate(hits))
    client = request.app.state.anthropic
    model = get_settings().summary_model
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="search_answer", tenant_id=tenant
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=800,
            system="Answer using only the numbered sources. Cite like [0].",
            messages=[{"role": "user", "content": f"{context}\n\nQuestion: {payload.query}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return AnswerOut(answer=msg.content[0].text, sources=hits)


@router.post("/suggest")
async def suggest_queries(payload: SearchIn, request: Request) -> list[str]:
    client = request.app.state.anthropic
    msg = await client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Give 3 alternative search queries for: {payload.query}. One per line."}],
    )
    return [l.strip("- ").strip() for l in msg.content[0].text.splitlines() if l.strip()][:3]
