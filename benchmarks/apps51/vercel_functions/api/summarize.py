"""Summaries on Mistral — FastAPI app (Vercel serves the `app` ASGI object)."""
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from lib.auth import client_ip
from lib.http_utils import sse_event
from lib.llm import get_mistral
from lib.llm.multi_model_service import TaskComplexity, multi_model_service
from lib.prompts import SUMMARY_SYSTEM, render
from lib.rate_limit import limiter

app = FastAPI(title="summarize")


class SummaryIn(BaseModel):
    text: str = Field(min_length=20, max_length=120_000)
    style: str = "bullet points"
    words: int = 150
    model: str = "mistral-small-latest"


def _messages(body: SummaryIn) -> list[dict]:
    return [
        {"role": "system", "content": render(SUMMARY_SYSTEM, style=body.style, words=body.words)},
        {"role": "user", "content": body.text},
    ]


@app.middleware("http")
async def rate_limit(request: Request, call_next):
    rl = limiter.check(client_ip(request.headers))
    if not rl.allowed:
        raise HTTPException(status_code=429, detail="rate limited")
    response = await call_next(request)
    response.headers.update(rl.headers())
    return response


@app.post("/api/summarize")
async def summarize(body: SummaryIn):
    client = get_mistral()
    resp = await client.chat.complete_async(model=body.model, messages=_messages(body), temperature=0.2)
    return {"summary": resp.choices[0].message.content, "model": resp.model}


@app.post("/api/summarize/stream")
async def summarize_stream(body: SummaryIn):
    client = get_mistral()

    async def events():
        stream = await client.chat.stream_async(model=body.model, messages=_messages(body))
        async for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                yield sse_event({"delta": delta})
        yield sse_event({}, event="done")

    return StreamingResponse(events(), media_type="text/event-stream")


@app.post("/api/summarize/tracked")
async def summarize_tracked(body: SummaryIn):
    """New path: goes through the tracked service. The others will move here."""
    summary = await multi_model_service.generate_response(
        prompt=body.text,
        task_type="summarize",
        complexity=TaskComplexity.STANDARD,
        system=render(SUMMARY_SYSTEM, style=body.style, words=body.words),
    )
    return {"summary": summary}
