"""Internal endpoints used by the ops dashboard. Guarded by admin_auth."""
from __future__ import annotations

import logging

from aiohttp import web

from gateway import appkeys
from gateway.providers.registry import DEFAULT_MODELS, openai_compatible
from gateway.tasks.digest import run_daily_digest
from gateway.tasks.jobs import reembed_documents, submit_title_batch

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.get("/admin/models")
async def list_models(request: web.Request) -> web.Response:
    groq_models = await request.app[appkeys.GROQ].models.list()
    fw_models = await request.app[appkeys.FIREWORKS].models.list()
    gemini_models = [m.name async for m in await request.app[appkeys.GEMINI].aio.models.list()]
    return web.json_response({
        "groq": [m.id for m in groq_models.data],
        "fireworks": [m.id for m in fw_models.data],
        "gemini": gemini_models,
    })


@routes.post("/admin/tokens")
async def count_tokens(request: web.Request) -> web.Response:
    body = await request.json()
    text = body["text"]
    settings = request.app[appkeys.SETTINGS]
    gemini = await request.app[appkeys.GEMINI].aio.models.count_tokens(model=settings.gemini_model, contents=text)
    cohere_tokens = await request.app[appkeys.COHERE].tokenize(text=text, model=settings.cohere_chat_model)
    return web.json_response({"gemini": gemini.total_tokens, "cohere": len(cohere_tokens.tokens)})


@routes.post("/admin/playground")
async def playground(request: web.Request) -> web.Response:
    body = await request.json()
    backend = body.get("backend", "deepseek")
    client = openai_compatible(request.app, backend)
    completion = await client.chat.completions.create(
        model=body.get("model") or DEFAULT_MODELS[backend],
        messages=body["messages"],
        temperature=float(body.get("temperature", 0.7)),
    )
    return web.json_response({
        "text": completion.choices[0].message.content,
        "usage": completion.usage.model_dump() if completion.usage else None,
    })


@routes.post("/admin/jobs/{name}")
async def trigger_job(request: web.Request) -> web.Response:
    jobs = {
        "reembed": reembed_documents,
        "title-batch": submit_title_batch,
        "digest": run_daily_digest,
    }
    name = request.match_info["name"]
    if name not in jobs:
        raise web.HTTPNotFound(text=f"unknown job {name}")
    request.app[appkeys.RUNNER].submit(name, jobs[name], request.app)
    return web.json_response({"queued": name}, status=202)
