from __future__ import annotations

import logging

from aiohttp import web

from gateway import appkeys
from gateway.errors import BadRequest
from gateway.services.tagging import tag_ticket_v1, tag_ticket_v2
from gateway.services.translation import SUPPORTED, translate

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.post("/v1/tickets/tag")
async def tag(request: web.Request) -> web.Response:
    body = await request.json()
    subject, text = body.get("subject", ""), body.get("body", "")
    if not text:
        raise BadRequest("body is required")
    if request.headers.get("X-Tagger-Version", "2") == "1":
        tags = await tag_ticket_v1(subject, text)
    else:
        tags = await tag_ticket_v2(request.app[appkeys.COHERE], subject, text)
    return web.json_response(tags)


@routes.post("/v1/tickets/translate")
async def translate_ticket(request: web.Request) -> web.Response:
    body = await request.json()
    target = body.get("target", "")
    if target not in SUPPORTED:
        raise BadRequest(f"target must be one of {sorted(SUPPORTED)}")
    out = await translate(body["text"], target, glossary=body.get("glossary"))
    return web.json_response({"text": out, "target": target})
