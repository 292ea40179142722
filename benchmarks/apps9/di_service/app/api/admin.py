"""Internal admin endpoints (behind the VPN, no auth here -- enforced at the ingress)."""
import logging
import time

import httpx
from dependency_injector.wiring import Provide, inject
from fastapi import APIRouter, Depends, HTTPException

from app.containers import Container
from app.schemas import PlaygroundRequest
from app.settings import Settings, get_settings
from app.utils import count_tokens

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/models")
@inject
async def list_models(
    azure=Depends(Provide[Container.azure_openai_client]),
    bedrock_control=Depends(Provide[Container.bedrock_control]),
    gateway: httpx.AsyncClient = Depends(Provide[Container.async_gateway_http]),
) -> dict:
    out = {}
    try:
        out["azure"] = sorted(m.id for m in azure.models.list())
    except Exception as exc:  # noqa: BLE001
        out["azure_error"] = str(exc)
    summaries = bedrock_control.list_foundation_models(byOutputModality="TEXT")
    out["bedrock"] = sorted(m["modelId"] for m in summaries["modelSummaries"])
    resp = await gateway.get("/models")
    if resp.status_code == 200:
        out["gateway"] = sorted(m["id"] for m in resp.json().get("data", []))
    return out


@router.get("/token-estimate")
async def token_estimate(text: str) -> dict:
    return {"tokens": count_tokens(text), "chars": len(text)}


@router.post("/playground")
@inject
async def playground(
    req: PlaygroundRequest,
    gateway: httpx.AsyncClient = Depends(Provide[Container.async_gateway_http]),
    settings: Settings = Depends(get_settings),
) -> dict:
    """Prompt playground for the support-ops team to compare models side by side."""
    payload = {
        "model": req.model,
        "messages": [{"role": "user", "content": req.prompt}],
        "temperature": req.temperature,
    }
    started = time.perf_counter()
    if req.target == "gateway":
        resp = await gateway.post("/chat/completions", json=payload)
    elif req.target == "openai":
        async with httpx.AsyncClient(timeout=60) as http:
            resp = await http.post(
                "https://api.openai.com/v1/chat/completions",
                headers={"Authorization": f"Bearer {settings.openai_api_key}"},
                json=payload,
            )
    else:
        raise HTTPException(status_code=400, detail=f"unknown target {req.target!r}")
    elapsed_ms = int((time.perf_counter() - started) * 1000)
    if resp.status_code >= 400:
        raise HTTPException(status_code=502, detail=resp.text[:500])
    body = resp.json()
    return {
        "target": req.target,
        "model": body.get("model", req.model),
        "latency_ms": elapsed_ms,
        "text": body["choices"][0]["message"]["content"],
        "usage": body.get("usage"),
    }
