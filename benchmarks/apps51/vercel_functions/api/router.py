"""OpenRouter passthrough for the model picker — FastAPI app."""
from contextlib import asynccontextmanager

import httpx

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse
from openai import AsyncOpenAI
from pydantic import BaseModel

from lib.config import settings
from lib.llm import get_openrouter
from lib.llm.streaming import astream_chat

PICKER_MODELS = [
    "anthropic/claude-3.5-sonnet",
    "google/gemini-flash-1.5",
    "meta-llama/llama-3.1-405b-instruct",
    "mistralai/mistral-large",
    "openai/gpt-4o-mini",
]

_async_router = AsyncOpenAI(
    api_key=settings.openrouter_api_key,
    base_url="https://openrouter.ai/api/v1",
    default_headers={"HTTP-Referer": settings.app_url, "X-Title": "Scribe"},
)


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.openrouter = get_openrouter()
    yield


app = FastAPI(title="router", lifespan=lifespan)


class RouteIn(BaseModel):
    model: str = "openai/gpt-4o-mini"
    messages: list[dict]
    temperature: float = 0.7
    max_tokens: int = 1024


@app.get("/api/router/models")
def models():
    return {"models": PICKER_MODELS}


@app.post("/api/router/chat")
def chat(body: RouteIn, request: Request):
    if body.model not in PICKER_MODELS:
        body.model = "openai/gpt-4o-mini"
    completion = request.app.state.openrouter.chat.completions.create(
        model=body.model,
        messages=body.messages,
        temperature=body.temperature,
        max_tokens=body.max_tokens,
        extra_body={"transforms": ["middle-out"]},
    )
    return {
        "reply": completion.choices[0].message.content,
        "model": completion.model,
        "usage": completion.usage.model_dump() if completion.usage else None,
    }


@app.post("/api/router/stream")
async def stream(body: RouteIn):
    return StreamingResponse(
        astream_chat(_async_router, body.model, body.messages, temperature=body.temperature),
        media_type="text/event-stream",
    )


@app.post("/api/router/compare")
async def compare(body: RouteIn):
    """Side-by-side: same prompt on two models (used by the internal eval page)."""
    import asyncio

    async def one(model: str):
        resp = await _async_router.chat.completions.create(model=model, messages=body.messages, max_tokens=body.max_tokens)
        return {"model": model, "reply": resp.choices[0].message.content}

    return {"results": await asyncio.gather(one(body.model), one("openai/gpt-4o-mini"))}


@app.get("/api/router/credits")
def credits():
    """Remaining OpenRouter credit for the admin banner (GET, no model call)."""
    resp = httpx.get(
        "https://openrouter.ai/api/v1/auth/key",
        headers={"Authorization": f"Bearer {settings.openrouter_api_key}"},
        timeout=5.0,
    )
    resp.raise_for_status()
    data = resp.json().get("data", {})
    return {"usage": data.get("usage"), "limit": data.get("limit"), "is_free_tier": data.get("is_free_tier")}
