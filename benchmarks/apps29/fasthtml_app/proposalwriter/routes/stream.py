"""Server-sent events for live writing. Page uses hx-ext="sse" with sse-swap="message"."""
from __future__ import annotations

import asyncio
import logging

from fasthtml.common import APIRouter, Div, EventStream, NotStr, P, sse_message

from ..services import services
from ..store import client_context
from ..writers import stream_grok_critique, stream_scope
from ..writers.prompts import SYSTEM_WRITER

log = logging.getLogger(__name__)
ar = APIRouter(prefix="/stream")


def _chunk(text: str):
    return sse_message(Span_(text))


def Span_(text: str):  # tiny helper; FT escapes text for us
    return NotStr(f"<span>{text.replace('<', '&lt;')}</span>")


@ar.get("/proposals/{pid}/summary")
async def stream_summary(req, pid: int):
    svc = req.scope["services"]
    p = req.scope["store"].get(pid)

    async def gen():
        stream = await svc.async_openai.chat.completions.create(
            model=svc.settings.models.draft,
            messages=[
                {"role": "system", "content": SYSTEM_WRITER},
                {"role": "user", "content": f"Executive summary for:\n{p.brief}"},
            ],
            stream=True,
        )
        async for event in stream:
            delta = event.choices[0].delta.content if event.choices else None
            if delta:
                yield _chunk(delta)
        yield sse_message(P("done", cls="muted"), event="close")

    return EventStream(gen())


@ar.get("/proposals/{pid}/scope")
async def stream_scope_route(req, pid: int):
    svc = req.scope["services"]
    p = req.scope["store"].get(pid)
    ctx = client_context(p.client_id)

    async def gen():
        # anthropic sync stream in a thread-ish loop; good enough for a handful of users
        for piece in stream_scope(svc.anthropic, p.brief, ctx):
            yield _chunk(piece)
            await asyncio.sleep(0)
        yield sse_message(P("done"), event="close")

    return EventStream(gen())


@ar.get("/proposals/{pid}/critique")
async def stream_critique(req, pid: int):
    p = req.scope["store"].get(pid)

    async def gen():
        for piece in stream_grok_critique(services.xai, p.body or p.brief):
            yield _chunk(piece)
        yield sse_message(P("done"), event="close")

    return EventStream(gen())


@ar.get("/proposals/{pid}/timeline")
async def stream_timeline(req, pid: int):
    p = req.scope["store"].get(pid)

    async def gen():
        async for chunk in await services.genai.aio.models.generate_content_stream(
            model=services.settings.models.gemini,
            contents=f"Phased timeline as a markdown table for:\n{p.brief}",
        ):
            if chunk.text:
                yield _chunk(chunk.text)
        yield sse_message(P("done"), event="close")

    return EventStream(gen())


@ar.get("/proposals/{pid}/risks")
def stream_risks(req, pid: int):
    """Sync generator variant – the first SSE route we wrote, still used by the risks tab."""
    svc = req.scope["services"]
    p = req.scope["store"].get(pid)

    def gen():
        for chunk in svc.genai.models.generate_content_stream(
            model=svc.settings.models.gemini,
            contents=f"List delivery risks and mitigations for:\n{p.brief}",
        ):
            yield _chunk(chunk.text or "")
        yield sse_message(Div("done"), event="close")

    return EventStream(gen())
