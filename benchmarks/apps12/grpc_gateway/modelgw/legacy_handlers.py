"""v0 JSON-over-gRPC handlers.

Before the proto API existed, callers sent JSON blobs to
``/modelgw.v0.Gateway/Generate``. A handful of old cron jobs (reporting,
ticket triage) still do. Do not add features here; new callers must use
``modelgw.inference.v1``. Tracking removal in MGW-97.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from typing import Any, Dict

import grpc
import httpx
import openai
from openai import AsyncOpenAI

from modelgw.config import OPENROUTER_BASE_URL, settings

log = logging.getLogger(__name__)

openai.api_key = settings.openai_api_key

_http = httpx.AsyncClient(timeout=httpx.Timeout(settings.request_timeout_s, connect=10.0))

# triage-bot was the only grok user in v0; it has its own key.
_grok = AsyncOpenAI(
    api_key=os.environ.get("TRIAGE_XAI_API_KEY") or settings.xai_api_key,
    base_url="https://api.x.ai/v1",
)

_V0_MODEL_MAP = {
    "gpt4": ("openai", "gpt-4.1"),
    "gpt35": ("openai", "gpt-4.1-mini"),
    "claude": ("anthropic", "claude-sonnet-4-5"),
    "grok": ("xai", "grok-3-mini"),
    "mixtral": ("openrouter", "mistralai/mixtral-8x22b-instruct"),
}


def _deserialize(raw: bytes) -> Dict[str, Any]:
    return json.loads(raw.decode("utf-8"))


def _serialize(obj: Dict[str, Any]) -> bytes:
    return json.dumps(obj).encode("utf-8")


async def _v0_openai(model: str, body: Dict[str, Any]) -> Dict[str, Any]:
    resp = await asyncio.to_thread(
        openai.chat.completions.create,
        model=model,
        messages=body["messages"],
        max_tokens=body.get("max_tokens", 512),
        temperature=body.get("temperature", 0.2),
    )
    return {"text": resp.choices[0].message.content, "tokens": resp.usage.total_tokens}


async def _v0_anthropic(model: str, body: Dict[str, Any]) -> Dict[str, Any]:
    messages = [m for m in body["messages"] if m["role"] != "system"]
    payload = {"model": model, "max_tokens": body.get("max_tokens", 512), "messages": messages}
    system = [m["content"] for m in body["messages"] if m["role"] == "system"]
    if system:
        payload["system"] = system[0]
    r = await _http.post(
        "https://api.anthropic.com/v1/messages",
        headers={
            "x-api-key": settings.anthropic_api_key or "",
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json=payload,
    )
    r.raise_for_status()
    data = r.json()
    text = "".join(block.get("text", "") for block in data.get("content", []))
    return {"text": text, "tokens": data["usage"]["input_tokens"] + data["usage"]["output_tokens"]}


async def _v0_openrouter(model: str, body: Dict[str, Any]) -> Dict[str, Any]:
    r = await _http.post(
        f"{OPENROUTER_BASE_URL}/chat/completions",
        headers={"Authorization": f"Bearer {settings.openrouter_api_key}"},
        json={"model": model, "messages": body["messages"], "max_tokens": body.get("max_tokens", 512)},
    )
    r.raise_for_status()
    data = r.json()
    return {"text": data["choices"][0]["message"]["content"], "tokens": data.get("usage", {}).get("total_tokens", 0)}


async def _v0_grok(model: str, body: Dict[str, Any]) -> Dict[str, Any]:
    resp = await _grok.chat.completions.create(
        model=model,
        messages=body["messages"],
        max_tokens=body.get("max_tokens", 512),
    )
    return {"text": resp.choices[0].message.content, "tokens": resp.usage.total_tokens}


_DISPATCH = {
    "openai": _v0_openai,
    "anthropic": _v0_anthropic,
    "openrouter": _v0_openrouter,
    "xai": _v0_grok,
}


async def generate(request: Dict[str, Any], context: grpc.aio.ServicerContext) -> Dict[str, Any]:
    alias = request.get("model", "gpt35")
    if alias not in _V0_MODEL_MAP:
        await context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"unknown v0 model {alias}")
    vendor, model = _V0_MODEL_MAP[alias]
    log.info("v0 Generate from %s -> %s/%s", context.peer(), vendor, model)
    try:
        return await _DISPATCH[vendor](model, request)
    except httpx.HTTPStatusError as exc:
        await context.abort(grpc.StatusCode.UNAVAILABLE, f"upstream returned {exc.response.status_code}")
    except openai.APIError as exc:
        await context.abort(grpc.StatusCode.UNAVAILABLE, str(exc))


def legacy_generic_handler() -> grpc.GenericRpcHandler:
    return grpc.method_handlers_generic_handler(
        "modelgw.v0.Gateway",
        {
            "Generate": grpc.unary_unary_rpc_method_handler(
                generate,
                request_deserializer=_deserialize,
                response_serializer=_serialize,
            )
        },
    )


async def aclose() -> None:
    await _http.aclose()
    await _grok.close()
