"""v1 REST endpoints. Sync code run in Starlette's threadpool."""
from __future__ import annotations

import logging

import httpx
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from kb_api.legacy import gpt_helpers
from kb_api.llm_clients import make_sync_groq
from kb_api.services.images import generate_cover_sync
from kb_api.settings import get_settings

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


async def v1_ask(request: Request):
    payload = await request.json()
    answer = await run_in_threadpool(gpt_helpers.ask_gpt, payload["question"])
    return JSONResponse({"answer": answer})


async def v1_ask_raw(request: Request):
    payload = await request.json()
    data = await run_in_threadpool(gpt_helpers.ask_gpt_raw, payload["question"])
    return JSONResponse(data)


async def v1_summarize(request: Request):
    payload = await request.json()
    settings = get_settings()
    async with httpx.AsyncClient(timeout=60) as http:
        resp = await http.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": settings.anthropic_api_key or "",
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": settings.anthropic_model,
                "max_tokens": 300,
                "messages": [{"role": "user", "content": "Summarise:\n\n" + payload["text"]}],
            },
        )
    resp.raise_for_status()
    body = resp.json()
    return JSONResponse({"summary": body["content"][0]["text"]})


def _quick_complete(text: str) -> str:
    groq = make_sync_groq()
    out = groq.chat.completions.create(
        model=get_settings().groq_model,
        messages=[{"role": "user", "content": f"Continue this sentence briefly: {text}"}],
        max_tokens=40,
    )
    return out.choices[0].message.content or ""


async def v1_autocomplete(request: Request):
    payload = await request.json()
    return JSONResponse({"completion": await run_in_threadpool(_quick_complete, payload["text"])})


async def v1_cover(request: Request):
    payload = await request.json()
    url = await run_in_threadpool(generate_cover_sync, payload["title"])
    return JSONResponse({"url": url})


async def v1_models(_request: Request):
    return JSONResponse({"models": await run_in_threadpool(gpt_helpers.available_models)})


async def v1_feedback(request: Request):
    payload = await request.json()
    from kb_api.db import FeedbackRepository

    repo = FeedbackRepository(request.app.state.db.pool)
    feedback_id = await repo.create(
        question=payload["question"],
        answer=payload["answer"],
        helpful=bool(payload.get("helpful")),
        user_id=payload.get("user_id"),
    )
    return JSONResponse({"id": feedback_id}, status_code=201)


async def v1_similar(request: Request):
    """Returns article ids similar to a free-text snippet (used by the extension sidebar)."""
    payload = await request.json()
    vector = await run_in_threadpool(gpt_helpers.embed, payload["text"][:8000])
    db = request.app.state.db
    pairs = await db.articles.nearest(vector, "text-embedding-ada-002", limit=int(payload.get("limit", 5)))
    return JSONResponse({"ids": [a.id for a, _ in pairs]})


async def v1_status(_request: Request):
    async with httpx.AsyncClient(timeout=5) as http:
        r = await http.post("https://status.internal.example.com/api/ping", json={"service": "kb-v1"})
    return JSONResponse({"upstream": r.status_code})


legacy_routes = [
    Route("/ask", v1_ask, methods=["POST"]),
    Route("/ask/raw", v1_ask_raw, methods=["POST"]),
    Route("/summarize", v1_summarize, methods=["POST"]),
    Route("/autocomplete", v1_autocomplete, methods=["POST"]),
    Route("/cover", v1_cover, methods=["POST"]),
    Route("/models", v1_models, methods=["GET"]),
    Route("/feedback", v1_feedback, methods=["POST"]),
    Route("/similar", v1_similar, methods=["POST"]),
    Route("/status", v1_status, methods=["GET"]),
]
