"""Tiny admin API: re-run enrichment for one record, similarity search, model inventory.

    uvicorn enrichment.admin.app:app --port 8081
"""
from __future__ import annotations

from contextlib import asynccontextmanager

import cohere
from fastapi import Depends, FastAPI, HTTPException, Request
from openai import AsyncOpenAI
from psycopg_pool import AsyncConnectionPool
from pydantic import BaseModel

from enrichment import prompts
from enrichment.admin.deps import get_cohere_async, get_db, get_llm, require_token
from enrichment.clients import get_voyage, reset_clients
from enrichment.settings import get_settings
from enrichment.tracking import TaskComplexity, llm_tracker, multi_model_service
from enrichment.util.cost import calculate_cost


@asynccontextmanager
async def lifespan(app: FastAPI):
    s = get_settings()
    app.state.openai = AsyncOpenAI(api_key=s.openai_api_key)
    app.state.cohere = cohere.AsyncClientV2(api_key=s.cohere_api_key)
    app.state.pool = AsyncConnectionPool(s.pg_dsn, open=False)
    await app.state.pool.open()
    yield
    await app.state.pool.close()
    llm_tracker.flush()


app = FastAPI(title="stream-enrichment admin", lifespan=lifespan, dependencies=[Depends(require_token)])


class ReclassifyOut(BaseModel):
    id: str
    raw: str
    cost_usd: float


class SearchIn(BaseModel):
    query: str
    tenant: str
    top_n: int = 5


@app.get("/health")
async def health() -> dict:
    return {"ok": True}


@app.get("/models")
async def models(llm: AsyncOpenAI = Depends(get_llm)) -> list[str]:
    page = await llm.models.list()
    return sorted(m.id for m in page.data)


@app.post("/records/{record_id}/reclassify", response_model=ReclassifyOut)
async def reclassify(record_id: str, llm: AsyncOpenAI = Depends(get_llm), db=Depends(get_db)) -> ReclassifyOut:
    async with db.connection() as conn:
        row = await (await conn.execute("SELECT body FROM raw_records WHERE id = %s", (record_id,))).fetchone()
    if row is None:
        raise HTTPException(404)
    model = get_settings().classify_model
    resp = await llm.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": prompts.CLASSIFY_SYSTEM}, {"role": "user", "content": row[0]}],
        response_format={"type": "json_object"},
    )
    cost = calculate_cost(model, resp.usage.prompt_tokens, resp.usage.completion_tokens)
    return ReclassifyOut(id=record_id, raw=resp.choices[0].message.content or "", cost_usd=cost)


@app.post("/records/{record_id}/summary")
async def summary(record_id: str, db=Depends(get_db)) -> dict:
    async with db.connection() as conn:
        row = await (await conn.execute("SELECT body FROM raw_records WHERE id = %s", (record_id,))).fetchone()
    if row is None:
        raise HTTPException(404)
    text = await multi_model_service.generate_response(
        prompt=prompts.TICKET_SUMMARY_TEMPLATE.format(text=row[0]),
        task_type="admin_summary",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"id": record_id, "summary": text}


@app.post("/search")
async def search(body: SearchIn, request: Request, db=Depends(get_db), co=Depends(get_cohere_async)) -> list[dict]:
    vec = get_voyage().embed([body.query], model=get_settings().voyage_model, input_type="query").embeddings[0]
    async with db.connection() as conn:
        cur = await conn.execute(
            "SELECT id, body FROM enriched_records WHERE tenant = %s ORDER BY embedding <=> %s::vector LIMIT 50",
            (body.tenant, vec),
        )
        rows = await cur.fetchall()
    if not rows:
        return []
    reranked = await co.rerank(
        model=get_settings().cohere_rerank_model,
        query=body.query,
        documents=[r[1] for r in rows],
        top_n=body.top_n,
    )
    return [{"id": rows[r.index][0], "score": r.relevance_score} for r in reranked.results]


@app.post("/records/{record_id}/draft-reply")
async def draft_reply(record_id: str, request: Request, db=Depends(get_db)) -> dict:
    async with db.connection() as conn:
        row = await (await conn.execute("SELECT body FROM raw_records WHERE id = %s", (record_id,))).fetchone()
    if row is None:
        raise HTTPException(404)
    model = "command-r-plus-08-2024"
    async with llm_tracker.track_llm_call(provider="cohere", model=model, feature_context="draft_reply") as usage_log:
        res = await request.app.state.cohere.chat(
            model=model,
            messages=[{"role": "user", "content": f"Draft a polite reply to:\n{row[0]}"}],
        )
        usage_log.input_tokens = int(res.usage.billed_units.input_tokens or 0)
        usage_log.output_tokens = int(res.usage.billed_units.output_tokens or 0)
    return {"draft": res.message.content[0].text}


@app.get("/tenants/{tenant}/digests")
async def digests(tenant: str, limit: int = 20, db=Depends(get_db)) -> list[dict]:
    async with db.connection() as conn:
        cur = await conn.execute(
            "SELECT d.product_id, d.window_end, d.review_count, d.summary, d.avg_rating"
            " FROM product_digests d JOIN products p USING (product_id)"
            " WHERE p.tenant = %s ORDER BY d.window_end DESC LIMIT %s",
            (tenant, limit),
        )
        rows = await cur.fetchall()
    return [
        {"product_id": r[0], "window_end": r[1].isoformat(), "reviews": r[2], "summary": r[3], "avg_rating": r[4]}
        for r in rows
    ]


@app.get("/tenants/{tenant}/stats")
async def stats(tenant: str, db=Depends(get_db)) -> dict:
    async with db.connection() as conn:
        cur = await conn.execute(
            "SELECT category, sentiment, count(*) FROM enriched_records WHERE tenant = %s"
            " AND created_at > now() - interval '7 days' GROUP BY 1, 2",
            (tenant,),
        )
        rows = await cur.fetchall()
    by_cat: dict[str, dict[str, int]] = {}
    for cat, sent, n in rows:
        by_cat.setdefault(cat or "other", {})[sent or "neutral"] = n
    return {"tenant": tenant, "last_7d": by_cat}


@app.post("/admin/reload-clients")
async def reload_clients() -> dict:
    reset_clients()
    return {"reloaded": True}
