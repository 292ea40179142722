"""Dispute endpoints for the chargeback team."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from supportbot.routes.deps import resolve
from supportbot.services import DeclineContext, DisputeCase, DisputeSummarizer, FraudExplainer


async def summarize_dispute(request: Request) -> JSONResponse:
    case = DisputeCase(**(await request.json()))
    summary = await resolve(request, DisputeSummarizer).asummarize(case)
    return JSONResponse({"case_id": case.case_id, "summary": summary})


async def stream_dispute(request: Request) -> StreamingResponse:
    case = DisputeCase(**(await request.json()))
    return StreamingResponse(resolve(request, DisputeSummarizer).stream_summary(case), media_type="text/plain")


async def explain_decline(request: Request) -> JSONResponse:
    ctx = DeclineContext(**(await request.json()))
    explainer = request.app.state.injector.get(FraudExplainer)
    audience = request.query_params.get("audience", "customer")
    if audience == "agent":
        return JSONResponse(explainer.for_agent(ctx))
    return JSONResponse({"explanation": explainer.for_customer(ctx)})


routes = [
    Route("/disputes/summary", summarize_dispute, methods=["POST"]),
    Route("/disputes/summary/stream", stream_dispute, methods=["POST"]),
    Route("/fraud/explain", explain_decline, methods=["POST"]),
]
