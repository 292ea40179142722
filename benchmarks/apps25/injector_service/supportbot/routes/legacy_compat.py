"""/v1 endpoints kept for old app builds. Thin wrappers over supportbot.legacy."""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from supportbot import legacy


async def v1_ask(request: Request) -> JSONResponse:
    data = await request.json()
    answer = await run_in_threadpool(legacy.answer_question, data["question"], data.get("history"))
    return JSONResponse({"answer": answer})


async def v1_ivr(request: Request) -> JSONResponse:
    data = await request.json()
    reply = await run_in_threadpool(legacy.ivr_reply, data["transcript"])
    return JSONResponse({"reply": reply})


async def v1_related(request: Request) -> JSONResponse:
    """Related FAQ entries by embedding similarity (old app's 'people also asked')."""
    data = await request.json()
    vectors = legacy.legacy_openai.embeddings.create(
        model="text-embedding-ada-002", input=[data["question"], *data["candidates"]]
    )
    q, *rest = [d.embedding for d in vectors.data]
    scored = sorted(
        zip(data["candidates"], rest), key=lambda pair: -sum(a * b for a, b in zip(q, pair[1]))
    )
    return JSONResponse({"related": [c for c, _ in scored[:3]]})


routes = [
    Route("/v1/ask", v1_ask, methods=["POST"]),
    Route("/v1/ivr", v1_ivr, methods=["POST"]),
    Route("/v1/related", v1_related, methods=["POST"]),
]
