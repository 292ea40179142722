"""Streaming: websocket for the widget, SSE for the agent console."""
from __future__ import annotations

import asyncio
import json as jsonlib
import logging

from sanic import Blueprint, Request, Websocket

from ..prompts import ASSISTANT_SYSTEM, to_openai_messages

log = logging.getLogger(__name__)

bp = Blueprint("stream")


@bp.websocket("/ws/chat")
async def ws_chat(request: Request, ws: Websocket):
    """Claude, token by token. Protocol: client sends {"message", "history"},
    we send {"type": "delta"|"done"|"error", ...}."""
    anthropic = request.app.ctx.anthropic
    cfg = request.app.config.SETTINGS
    while True:
        raw = await ws.recv()
        if raw is None:
            break
        try:
            payload = jsonlib.loads(raw)
        except ValueError:
            await ws.send(jsonlib.dumps({"type": "error", "error": "bad json"}))
            continue
        history = payload.get("history", [])[-20:]
        history.append({"role": "user", "content": payload.get("message", "")})
        try:
            async with anthropic.messages.stream(
                model=cfg.claude_model,
                max_tokens=1024,
                system=ASSISTANT_SYSTEM,
                messages=history,
            ) as stream:
                async for text in stream.text_stream:
                    await ws.send(jsonlib.dumps({"type": "delta", "text": text}))
                final = await stream.get_final_message()
            await ws.send(
                jsonlib.dumps(
                    {
                        "type": "done",
                        "stop_reason": final.stop_reason,
                        "output_tokens": final.usage.output_tokens,
                    }
                )
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001
            log.exception("ws_chat failed")
            await ws.send(jsonlib.dumps({"type": "error", "error": type(exc).__name__}))


@bp.websocket("/ws/fast")
async def ws_fast(request: Request, ws: Websocket):
    """Groq streaming for the 'instant' widget mode."""
    cfg = request.app.config.SETTINGS
    async for raw in ws:
        payload = jsonlib.loads(raw)
        messages = to_openai_messages(payload.get("history", []) + [{"role": "user", "content": payload["message"]}])
        stream = await request.app.ctx.groq.chat.completions.create(
            model=cfg.groq_model,
            messages=messages,
            stream=True,
            max_tokens=600,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                await ws.send(delta)
        await ws.send("\x04")  # EOT, the widget closes the bubble on this


@bp.post("/sse/console")
async def sse_console(request: Request):
    """Agent console suggestion stream (Cerebras)."""
    body = request.json or {}
    messages = to_openai_messages(body.get("history", []) + [{"role": "user", "content": body.get("message", "")}])
    response = await request.respond(content_type="text/event-stream", headers={"Cache-Control": "no-cache"})
    stream = await request.ctx.fast_llm.chat.completions.create(
        model=request.app.config.SETTINGS.cerebras_model,
        messages=messages,
        stream=True,
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            await response.send(f"data: {jsonlib.dumps({'text': chunk.choices[0].delta.content})}\n\n")
    await response.send("event: done\ndata: {}\n\n")
    await response.eof()
