"""HTTP surface for the CMS plugin.

- POST /headlines (fastapi_endpoint, sync, Grok)
- ASGI app with /summarize (spawns a job), /ask (newsroom Q&A), /alt-text, /rewrite
"""
from __future__ import annotations

import os

import modal
from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import StreamingResponse

from common.config import MODELS
from common.secrets import ANTHROPIC_SECRET, OPENAI_SECRET, XAI_SECRET
from jobs.headlines import suggest_headlines
from jobs.summarize import Summarizer
from modal_app import app
from providers import get_async_openai, get_async_xai, get_xai
from services.llm_usage_tracker import llm_tracker
from web.schemas import (
    AltTextRequest,
    AskRequest,
    HeadlineRequest,
    HeadlineResponse,
    JobAccepted,
    StylePrompt,
    SummarizeRequest,
)

web_app = FastAPI(title="media-ai-jobs")


def require_token(authorization: str = Header(default="")) -> None:
    if authorization != f"Bearer {os.environ.get('CMS_PLUGIN_TOKEN', '')}":
        raise HTTPException(status_code=401, detail="bad token")


@app.function(secrets=[XAI_SECRET, modal.Secret.from_name("cms-plugin")], min_containers=1)
@modal.fastapi_endpoint(method="POST", docs=True)
def headlines(req: HeadlineRequest) -> HeadlineResponse:
    return HeadlineResponse(asset_id=req.asset_id, headlines=suggest_headlines(get_xai(), req.body, n=req.n))


@web_app.post("/summarize", dependencies=[Depends(require_token)])
async def summarize(req: SummarizeRequest) -> JobAccepted:
    call = await Summarizer().summarize.spawn.aio(req.asset_id, kind=req.kind, desk=req.desk)
    return JobAccepted(call_id=call.object_id)


@web_app.get("/summarize/{call_id}", dependencies=[Depends(require_token)])
async def summarize_result(call_id: str) -> dict:
    call = modal.FunctionCall.from_id(call_id)
    try:
        return await call.get.aio(timeout=0)
    except TimeoutError:
        return {"status": "running"}


@web_app.post("/ask", dependencies=[Depends(require_token)])
async def ask(req: AskRequest) -> dict:
    """Newsroom style-guide Q&A. Quick and dirty; @tom to move under the tracker."""
    client = get_async_openai()
    resp = await client.responses.create(
        model=MODELS.openai_chat,
        instructions="Answer questions about the house style guide. If unsure, say so.",
        input=f"{req.context}\n\nQuestion: {req.question}".strip(),
        max_output_tokens=500,
    )
    return {"answer": resp.output_text, "tokens": resp.usage.total_tokens if resp.usage else None}


@web_app.post("/alt-text", dependencies=[Depends(require_token)])
async def alt_text(req: AltTextRequest) -> dict:
    client = get_async_xai()
    async with llm_tracker.track_llm_call(provider="xai", model="grok-2-vision-1212", feature_context="alt_text") as usage_log:
        resp = await client.chat.completions.create(
            model="grok-2-vision-1212",
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image_url", "image_url": {"url": req.image_url}},
                        {"type": "text", "text": f"Alt text, max 20 words. Caption: {req.caption}"},
                    ],
                }
            ],
            max_tokens=60,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return {"alt": resp.choices[0].message.content}


@web_app.post("/rewrite", dependencies=[Depends(require_token)])
async def rewrite(req: StylePrompt) -> StreamingResponse:
    client = get_async_xai()

    async def tokens():
        stream = await client.chat.completions.create(
            model=MODELS.grok,
            stream=True,
            messages=[
                {"role": "system", "content": f"Rewrite the text in a {req.tone} tone. Keep facts unchanged."},
                {"role": "user", "content": req.text},
            ],
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    return StreamingResponse(tokens(), media_type="text/plain")


@app.function(
    secrets=[OPENAI_SECRET, XAI_SECRET, ANTHROPIC_SECRET, modal.Secret.from_name("cms-plugin")],
    min_containers=1,
)
@modal.concurrent(max_inputs=50)
@modal.asgi_app(label="media-ai")
def api() -> FastAPI:
    return web_app
