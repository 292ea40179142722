"""Internal admin endpoints (behind the VPN, no auth here)."""
from __future__ import annotations

import httpx
from sanic import Blueprint
from sanic.response import json

from ..services.costs import estimate_cost
from ..models import LLMUsage

bp = Blueprint("admin", url_prefix="/admin")
health_bp = Blueprint("health")

STATUS_PAGES = {
    "openai": "https://status.openai.com/api/v2/status.json",
    "anthropic": "https://status.anthropic.com/api/v2/status.json",
    "groq": "https://groqstatus.com/api/v2/status.json",
}


@bp.get("/models")
async def list_models(request):
    openai_models = await request.app.ctx.openai.models.list()
    groq_models = await request.app.ctx.groq.models.list()
    claude_models = await request.app.ctx.anthropic.models.list(limit=50)
    return json(
        {
            "openai": sorted(m.id for m in openai_models.data),
            "groq": sorted(m.id for m in groq_models.data),
            "anthropic": [m.id for m in claude_models.data],
        }
    )


@bp.get("/costs")
async def costs(request):
    rows = await LLMUsage.filter(tenant=request.args.get("tenant")).values(
        "model", "input_tokens", "output_tokens"
    )
    total = sum(estimate_cost(r["model"], r["input_tokens"], r["output_tokens"]) for r in rows)
    return json({"calls": len(rows), "usd": round(total, 4)})


@bp.post("/kb/articles")
async def add_article(request):
    body = request.json or {}
    await request.app.ctx.kb.create(body["id"], body["title"], body["body"])
    return json({"indexed": body["id"]}, status=201)


@bp.post("/kb/illustration")
async def illustration(request):
    """Hero image for a help-center article. Marketing asked for it."""
    body = request.json or {}
    img = await request.app.ctx.openai.images.generate(
        model="gpt-image-1",
        prompt=f"Flat, friendly illustration for a help article titled: {body.get('title', '')}",
        size="1536x1024",
        n=1,
    )
    return json({"b64": img.data[0].b64_json})


# --- health (no /admin prefix: the load balancer hits /api/v1/healthz) ---


@health_bp.get("/healthz")
async def healthz(request):
    await request.app.ctx.redis.ping()
    return json({"ok": True})


@health_bp.get("/healthz/vendors")
async def vendors(request):
    out = {}
    for name, url in STATUS_PAGES.items():
        try:
            r = await request.app.ctx.http.get(url)
            out[name] = r.json().get("status", {}).get("indicator", "unknown")
        except httpx.HTTPError:
            out[name] = "unreachable"
    return json(out)
