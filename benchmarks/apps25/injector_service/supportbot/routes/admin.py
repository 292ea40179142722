"""Internal admin endpoints (behind the VPN + staff SSO)."""
from __future__ import annotations

import anthropic
import cohere
import openai
from cerebras.cloud.sdk import Cerebras
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from supportbot.routes.deps import get_injector
from supportbot.services.pricing import PRICES_PER_MTOK, estimate_cost_usd
from supportbot.utils import count_tokens


async def list_models(request: Request) -> JSONResponse:
    injector = get_injector(request)
    openai_models = [m.id for m in injector.get(openai.OpenAI).models.list()]
    anthropic_models = [m.id for m in injector.get(anthropic.Anthropic).models.list(limit=50)]
    cohere_models = [m.name for m in injector.get(cohere.ClientV2).models.list(endpoint="chat").models]
    return JSONResponse({"openai": openai_models, "anthropic": anthropic_models, "cohere": cohere_models})


async def cost_estimate(request: Request) -> JSONResponse:
    data = await request.json()
    prompt_tokens = count_tokens(data["prompt"], model=data.get("model", "gpt-4o-mini"))
    cost = estimate_cost_usd(data["provider"], data["model"], prompt_tokens, int(data.get("expected_output", 300)))
    return JSONResponse({"prompt_tokens": prompt_tokens, "cost_usd": cost})


async def price_table(request: Request) -> JSONResponse:
    return JSONResponse({f"{p}/{m}": [str(i), str(o)] for (p, m), (i, o) in PRICES_PER_MTOK.items()})


async def playground(request: Request) -> JSONResponse:
    """Ops playground: send a raw prompt to Cerebras to check latency."""
    data = await request.json()
    resp = get_injector(request).get(Cerebras).chat.completions.create(
        model=data.get("model", "llama3.1-8b"),
        messages=[{"role": "user", "content": data["prompt"]}],
    )
    return JSONResponse(
        {
            "text": resp.choices[0].message.content,
            "time_info": resp.time_info.model_dump() if getattr(resp, "time_info", None) else None,
        }
    )


routes = [
    Route("/admin/models", list_models, methods=["GET"]),
    Route("/admin/cost-estimate", cost_estimate, methods=["POST"]),
    Route("/admin/prices", price_table, methods=["GET"]),
    Route("/admin/playground", playground, methods=["POST"]),
]
