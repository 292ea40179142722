from __future__ import annotations

import asyncio
import json
import logging

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, StreamingResponse

from assistant.parsing import parse_message
from assistant.services.multi_model_service import TaskComplexity, multi_model_service
from assistant.smtp.sender import ReplySender, build_reply

log = logging.getLogger(__name__)


async def index(request: Request):
    return HTMLResponse("<h1>smtp-assistant</h1><ul><li><a href='/messages'>messages</a></li>"
                        "<li><a href='/drafts'>drafts</a></li><li><a href='/usage'>usage</a></li></ul>")


async def messages(request: Request):
    limit = int(request.query_params.get("limit", "100"))
    return JSONResponse(request.app.state.store.recent(limit))


async def drafts(request: Request):
    return JSONResponse(request.app.state.store.drafts.pending())


async def approve_draft(request: Request):
    store = request.app.state.store
    draft = store.drafts.get(request.path_params["draft_id"])
    if draft is None:
        return JSONResponse({"error": "not found"}, status_code=404)
    row = store._conn.execute("SELECT raw FROM messages WHERE id=?", (draft["message_id"],)).fetchone()
    original = parse_message(row["raw"])
    reply = build_reply(original, draft["body"], request.app.state.settings.mailbox_address)
    await ReplySender(request.app.state.settings).send(reply)
    store.drafts.set_status(draft["id"], "sent")
    return JSONResponse({"ok": True})


async def thread_summary(request: Request):
    store = request.app.state.store
    rows = store.thread(request.path_params["thread_id"])
    if not rows:
        return JSONResponse({"error": "unknown thread"}, status_code=404)
    thread = []
    for r in rows:
        pm = parse_message(r["raw"])
        thread.append({"from": pm.sender, "date": pm.date, "subject": pm.subject, "body": pm.body})
    if request.query_params.get("fast"):
        text = await multi_model_service.generate_response(
            prompt="\n\n".join(t["body"] for t in thread)[:12000],
            task_type="summary",
            complexity=TaskComplexity.SIMPLE,
            system="Summarise this email thread in 3 bullet points.",
        )
        return JSONResponse({"summary": text, "mode": "fast"})
    summary = await request.app.state.summariser.asummarise(thread)
    return JSONResponse({"summary": summary})


async def playground(request: Request):
    """Prompt playground for the ops team. Provider selectable."""
    body = await request.json()
    provider = body.get("provider", "openai")
    prompt = body["prompt"]
    state = request.app.state
    if provider == "openai":
        resp = await state.openai.chat.completions.create(
            model=body.get("model", state.settings.openai_model),
            messages=[{"role": "user", "content": prompt}],
        )
        return JSONResponse({"text": resp.choices[0].message.content, "usage": resp.usage.model_dump()})
    if provider == "google":
        resp = await state.gemini.aio.models.generate_content(
            model=body.get("model", state.settings.gemini_model), contents=prompt
        )
        return JSONResponse({"text": resp.text})
    if provider == "huggingface":
        out = await state.hf.chat_completion(messages=[{"role": "user", "content": prompt}], max_tokens=512)
        return JSONResponse({"text": out.choices[0].message.content})
    completion = await asyncio.to_thread(
        state.router.complete, [{"role": "user", "content": prompt}], provider, body.get("model")
    )
    return JSONResponse({"text": completion.text, "provider": completion.provider})


async def playground_stream(request: Request):
    body = await request.json()
    client = request.app.state.openai

    async def gen():
        stream = await client.responses.create(
            model=body.get("model", "gpt-4o-mini"),
            input=body["prompt"],
            stream=True,
        )
        async for event in stream:
            if event.type == "response.output_text.delta":
                yield event.delta

    return StreamingResponse(gen(), media_type="text/plain")


async def quick_classify(request: Request):
    body = await request.json()
    text = await multi_model_service.generate_response(
        prompt=body["text"],
        task_type="triage",
        complexity=TaskComplexity.SIMPLE,
        system="Classify this email as invoice/support/sales/personal/newsletter/spam/other. One word.",
        max_tokens=5,
    )
    return JSONResponse({"category": text.strip().lower()})


async def usage(request: Request):
    return JSONResponse(request.app.state.store.usage_summary())


async def models(request: Request):
    """Which models can we see with the current keys?"""
    state = request.app.state
    out = {"openai": [], "google": []}
    page = await state.openai.models.list()
    out["openai"] = sorted(m.id for m in page.data)
    for m in state.gemini.models.list():
        out["google"].append(m.name)
    return JSONResponse(json.loads(json.dumps(out)))
