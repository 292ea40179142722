"""Admin REST endpoints (aiohttp)."""
from __future__ import annotations

import time

from aiohttp import web

from app.admin.models_catalog import catalog
from app.providers import PROVIDERS, get_provider
from app.providers.clients import get_anthropic
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils.tokens import count_message_tokens, estimate_cost

routes = web.RouteTableDef()


@routes.get("/admin/models")
async def list_models(request: web.Request) -> web.Response:
    return web.json_response(await catalog())


@routes.get("/admin/providers")
async def list_providers(request: web.Request) -> web.Response:
    return web.json_response([p.describe() for p in PROVIDERS.values()])


@routes.post("/admin/playground")
async def playground(request: web.Request) -> web.Response:
    """Prompt playground for the support-ops team to try system prompts."""
    body = await request.json()
    provider = get_provider(body.get("provider", "openai"))
    messages = body["messages"]
    started = time.monotonic()
    result = await provider.complete(messages, max_tokens=body.get("max_tokens", 512))
    return web.json_response({
        "text": result.text,
        "model": result.model,
        "latency_ms": round((time.monotonic() - started) * 1000),
        "cost_usd": estimate_cost(result.model, result.input_tokens, result.output_tokens),
    })


@routes.post("/admin/playground/claude-raw")
async def playground_claude_raw(request: web.Request) -> web.Response:
    body = await request.json()
    msg = await get_anthropic().messages.create(
        model=body.get("model", "claude-3-5-sonnet-latest"),
        max_tokens=body.get("max_tokens", 512),
        system=body.get("system", ""),
        messages=body["messages"],
    )
    return web.json_response({"text": msg.content[0].text, "usage": msg.usage.model_dump()})


@routes.post("/admin/estimate")
async def estimate(request: web.Request) -> web.Response:
    body = await request.json()
    model = body.get("model", "gpt-4o-mini")
    n = count_message_tokens(body["messages"], model)
    return web.json_response({"input_tokens": n, "cost_usd": estimate_cost(model, n, 0)})


@routes.post("/admin/canned/generate")
async def generate_canned(request: web.Request) -> web.Response:
    body = await request.json()
    text = await multi_model_service.generate_response(
        prompt=f"Write a canned support reply for: {body['topic']}",
        task_type="canned_reply",
        complexity=TaskComplexity.STANDARD,
    )
    return web.json_response({"text": text})


@routes.get("/admin/conversations/{conversation_id}")
async def conversation_detail(request: web.Request) -> web.Response:
    svc = request.app["services"]
    conv = await svc.transcripts.conversation(request.match_info["conversation_id"])
    if conv is None:
        raise web.HTTPNotFound()
    conv["history"] = await svc.transcripts.history(conv["id"], limit=200)
    return web.json_response(conv)


@routes.post("/admin/conversations/{conversation_id}/resummarize")
async def resummarize(request: web.Request) -> web.Response:
    svc = request.app["services"]
    summary = await svc.summarizer.summarize(request.match_info["conversation_id"])
    return web.json_response({"summary": summary})


@routes.get("/admin/stats")
async def stats(request: web.Request) -> web.Response:
    svc = request.app["services"]
    return web.json_response(await svc.transcripts.stats())


@routes.post("/admin/kb/reload")
async def reload_kb(request: web.Request) -> web.Response:
    from app.features.kb_search import Article

    body = await request.json()
    articles = [Article(**a) for a in body["articles"]]
    await request.app["services"].kb.load(articles)
    return web.json_response({"loaded": len(articles)})


@routes.post("/admin/kb/upload-file")
async def upload_kb_file(request: web.Request) -> web.Response:
    """Stores a help-center export with OpenAI for the file_search assistant experiment."""
    reader = await request.multipart()
    part = await reader.next()
    data = await part.read()
    client = request.app["services"].client("openai")
    f = await client.files.create(file=(part.filename, data), purpose="assistants")
    return web.json_response({"file_id": f.id})


@routes.post("/admin/grok/compare")
async def grok_compare(request: web.Request) -> web.Response:
    body = await request.json()
    xai = request.app["services"].client("xai")
    resp = await xai.chat.completions.create(
        model=body.get("model", "grok-2-latest"),
        messages=body["messages"],
        max_tokens=body.get("max_tokens", 400),
    )
    return web.json_response({"text": resp.choices[0].message.content,
                              "usage": resp.usage.model_dump()})


@routes.get("/admin/usage")
async def usage(request: web.Request) -> web.Response:
    return web.json_response(llm_tracker.totals())
