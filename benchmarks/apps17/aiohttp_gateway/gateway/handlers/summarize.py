from __future__ import annotations

import asyncio
import json
import logging

from aiohttp import web

from gateway import appkeys
from gateway.errors import BadRequest, UpstreamError
from gateway.services.legacy_summarizer import summarize_transcript
from gateway.services.prompts import SUMMARY_SYSTEM, render_transcript
from gateway.storage import Conversations

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

SUMMARY_FORMAT = {
    "type": "json_object",
    "schema": {
        "type": "object",
        "properties": {
            "summary": {"type": "string"},
            "action_items": {"type": "array", "items": {"type": "string"}},
            "sentiment": {"type": "string"},
        },
        "required": ["summary", "action_items"],
    },
}


@routes.post("/v1/conversations/{conversation_id}/summary")
async def summarize_conversation(request: web.Request) -> web.Response:
    conversation_id = int(request.match_info["conversation_id"])
    history = await Conversations(request.app[appkeys.DB]).history(conversation_id, limit=200)
    if not history:
        raise BadRequest("conversation is empty")

    if request.query.get("engine") == "legacy":
        text = await asyncio.to_thread(summarize_transcript, history)
        return web.json_response({"summary": text, "action_items": []})

    fw = request.app[appkeys.FIREWORKS]
    completion = await fw.chat.completions.create(
        model=request.app[appkeys.SETTINGS].fireworks_model,
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": render_transcript(history)},
        ],
        response_format=SUMMARY_FORMAT,
        temperature=0.2,
    )
    try:
        data = json.loads(completion.choices[0].message.content)
    except (TypeError, json.JSONDecodeError) as exc:
        raise UpstreamError("fireworks", f"invalid summary json: {exc}") from exc
    return web.json_response(data)


@routes.post("/v1/summaries/long")
async def summarize_document(request: web.Request) -> web.Response:
    """Long documents go to Claude (200k context) straight over HTTP."""
    body = await request.json()
    settings = request.app[appkeys.SETTINGS]
    http = request.app[appkeys.HTTP]
    resp = await http.post(
        "https://api.anthropic.com/v1/messages",
        headers={
            "x-api-key": settings.anthropic_api_key,
            "anthropic-version": "2023-06-01",
        },
        json={
            "model": settings.claude_model,
            "max_tokens": 2048,
            "system": SUMMARY_SYSTEM,
            "messages": [{"role": "user", "content": body["text"]}],
        },
    )
    async with resp:
        data = await resp.json()
    if resp.status != 200:
        raise UpstreamError("anthropic", data.get("error", {}).get("message", "unknown"), status_code=resp.status)
    return web.json_response({"summary": data["content"][0]["text"], "usage": data["usage"]})
