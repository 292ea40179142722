"""Operator endpoints: usage, model inventory, health."""

from __future__ import annotations

from robyn import Request, SubRouter

from supportdesk.llm import get_anthropic_client, get_openai_client, registry
from supportdesk.repositories.db import UsageLogRepository
from supportdesk.utils.costs import PRICING, estimate_cost_usd

router = SubRouter(__file__, prefix="/admin")


@router.get("/usage")
async def usage(request: Request):
    rows = UsageLogRepository().totals_by_feature()
    return {"features": rows}


@router.get("/models")
async def models(request: Request, global_dependencies):
    openai_models = [m.id for m in get_openai_client().models.list()]
    anthropic_models = [m.id for m in get_anthropic_client().models.list(limit=50)]
    deepseek_models = [m.id async for m in global_dependencies["deepseek"].models.list()]
    return {
        "openai": openai_models,
        "anthropic": anthropic_models,
        "deepseek": deepseek_models,
        "roles": {role: registry.get(role).model for role in registry.roles()},
    }


@router.get("/pricing")
async def pricing(request: Request):
    sample = int(request.query_params.get("tokens", "1000"))
    return {model: estimate_cost_usd(model, sample, sample) for model in PRICING}


@router.post("/token-estimate")
async def token_estimate(request: Request):
    data = request.json()
    counted = get_anthropic_client().messages.count_tokens(
        model="claude-3-5-sonnet-latest",
        messages=[{"role": "user", "content": data["text"]}],
    )
    return {"input_tokens": counted.input_tokens}


@router.post("/smoke")
async def smoke(request: Request, global_dependencies):
    """Pings each provider with a trivial request. Used after key rotation."""
    out = {}
    oa = await global_dependencies["openai"].chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    out["openai"] = oa.model
    an = await global_dependencies["anthropic"].messages.create(
        model="claude-3-5-haiku-latest", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
    )
    out["anthropic"] = an.model
    vo = global_dependencies["voyage"].embed(["ping"], model="voyage-3")
    out["voyage"] = vo.total_tokens
    ds = await global_dependencies["deepseek"].chat.completions.create(
        model="deepseek-chat", messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    out["deepseek"] = ds.model
    rr = global_dependencies["cohere"].rerank(model="rerank-v3.5", query="ping", documents=["pong"])
    out["cohere"] = len(rr.results)
    return out
