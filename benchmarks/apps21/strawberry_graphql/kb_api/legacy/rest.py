from __future__ import annotations

import logging

import httpx
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from kb_api.config import get_settings
from kb_api.db import ArticleRepository, SessionLocal
from kb_api.legacy import completions
from kb_api.legacy.completions import Completion
from kb_api.llm.clients import PERPLEXITY_BASE_URL
from kb_api.services.summarizer import summarize_sync

logger = logging.getLogger(__name__)
router = APIRouter(tags=["legacy"])


class AskBody(BaseModel):
    question: str
    model: str = "gpt-4o-mini"


class RewriteBody(BaseModel):
    text: str
    tone: str = "neutral"


async def get_session():
    async with SessionLocal() as session:
        yield session


@router.post("/ask")
async def legacy_ask(body: AskBody) -> dict:
    text = await run_in_threadpool(completions.complete, body.question, body.model)
    return Completion.create(text, body.model).to_json()


@router.post("/rewrite")
async def legacy_rewrite(body: RewriteBody) -> dict:
    prompt = f"Rewrite the following in a {body.tone} tone:\n\n{body.text}"
    text = await run_in_threadpool(completions.mistral_complete, prompt)
    return Completion.create(text, "open-mistral-nemo").to_json()


@router.get("/articles/{article_id}/summary")
async def legacy_summary(article_id: str, session=Depends(get_session)) -> dict:
    row = await ArticleRepository(session).get(article_id)
    if row is None:
        raise HTTPException(404)
    if not row.summary:
        row.summary = await run_in_threadpool(summarize_sync, row.title, row.body)
        await session.commit()
    return {"summary": row.summary}


@router.post("/web")
async def legacy_web(body: AskBody) -> dict:
    # the extension's "search web" button; predates the GraphQL askWeb field
    async with httpx.AsyncClient(base_url=PERPLEXITY_BASE_URL, timeout=60) as http:
        r = await http.post(
            "/chat/completions",
            headers={"Authorization": f"Bearer {get_settings().perplexity_api_key}"},
            json={"model": "sonar", "messages": [{"role": "user", "content": body.question}]},
        )
    r.raise_for_status()
    data = r.json()
    return {"text": data["choices"][0]["message"]["content"], "sources": data.get("citations", [])}


@router.post("/hooks/replicate", name="replicate_webhook")
async def replicate_webhook(request: Request, session=Depends(get_session)) -> dict:
    payload = await request.json()
    if payload.get("status") != "succeeded":
        logger.info("replicate prediction %s ended with %s", payload.get("id"), payload.get("status"))
        return {"ok": True}
    article_id = (payload.get("input") or {}).get("article_id")
    output = payload.get("output")
    url = output[0] if isinstance(output, list) else output
    if article_id and url:
        await ArticleRepository(session).update(article_id, cover_url=url)
        await session.commit()
    return {"ok": True}


@router.post("/telemetry")
async def legacy_telemetry(request: Request) -> dict:
    # forwards extension events to our own analytics collector (not an LLM)
    async with httpx.AsyncClient(timeout=5) as http:
        await http.post("https://collector.internal.example.com/v1/events", json=await request.json())
    return {"ok": True}
