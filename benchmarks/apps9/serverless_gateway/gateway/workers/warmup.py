"""Keep the self-hosted vLLM deployments warm during working hours.

A GPU container that scaled to zero takes 2-4 minutes to come back (weights
load), so every few minutes we check each deployment is healthy and push one
tiny generation through it, which also keeps the CUDA graphs hot.
"""
from __future__ import annotations

import asyncio
from typing import Dict

import httpx
import modal

from gateway.app import ALL_SECRETS, app, image
from gateway.config import get_settings
from gateway.providers.clients import vllm_client
from gateway.observability import get_logger, post_slack_alert, ship_events_to_datadog

log = get_logger(__name__)

PING_MESSAGES = [{"role": "user", "content": "ping"}]


async def _served_model(deployment: str) -> str:
    models = await vllm_client(deployment).models.list()
    return models.data[0].id


async def _warm_one(http: httpx.AsyncClient, deployment: str, base_url: str, api_key: str) -> Dict[str, object]:
    root = base_url.rstrip("/")
    if root.endswith("/v1"):
        root = root[: -len("/v1")]
    health = await http.get(f"{root}/health")
    if health.status_code != 200:
        return {"deployment": deployment, "ok": False, "stage": "health", "status": health.status_code}

    model = await _served_model(deployment)
    resp = await http.post(
        f"{base_url.rstrip('/')}/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        json={"model": model, "messages": PING_MESSAGES, "max_tokens": 1, "temperature": 0},
    )
    return {"deployment": deployment, "ok": resp.status_code == 200, "stage": "generate", "status": resp.status_code}


@app.function(image=image, secrets=ALL_SECRETS, schedule=modal.Cron("*/4 7-20 * * 1-5"), timeout=600)
async def keep_vllm_warm() -> None:
    settings = get_settings()
    endpoints = settings.vllm_endpoints
    if not endpoints:
        return
    async with httpx.AsyncClient(timeout=httpx.Timeout(300.0, connect=10.0)) as http:
        results = await asyncio.gather(
            *(_warm_one(http, name, url, settings.vllm_api_key) for name, url in endpoints.items()),
            return_exceptions=True,
        )
    failures = [r for r in results if isinstance(r, Exception) or not r.get("ok")]
    for r in results:
        log.info("vllm_warmup", result=str(r))
    await ship_events_to_datadog(
        [r if isinstance(r, dict) else {"error": repr(r)} for r in results], service="gateway-warmup"
    )
    if failures and settings.is_prod:
        post_slack_alert("vLLM warmup failures", {"failures": [str(f) for f in failures]})
