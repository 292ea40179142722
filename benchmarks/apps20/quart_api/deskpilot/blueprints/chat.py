"""Customer-facing chat widget endpoints."""
from __future__ import annotations

import json

from quart import Blueprint, abort, current_app, g, jsonify, make_response, request

from ..services import TaskComplexity, multi_model_service
from ..services.moderation import moderate

bp = Blueprint("chat", __name__)

WIDGET_SYSTEM = (
    "You are DeskPilot, the help widget for {tenant}. Answer from the help centre; "
    "if unsure, offer to open a ticket."
)


@bp.post("/")
async def chat():
    body = await request.get_json()
    messages = body.get("messages") or abort(400)
    mod = await moderate(messages[-1]["content"])
    if mod.flagged:
        return jsonify({"error": "message blocked", "categories": mod.categories}), 422

    system = {"role": "system", "content": WIDGET_SYSTEM.format(tenant=g.tenant.slug)}
    completion = await g.openai.chat.completions.create(
        model=current_app.config["OPENAI_CHAT_MODEL"],
        messages=[system, *messages],
        temperature=0.4,
        user=g.request_id,
    )
    choice = completion.choices[0]
    return jsonify({"reply": choice.message.content, "finish_reason": choice.finish_reason})


@bp.post("/stream")
async def chat_stream():
    body = await request.get_json()
    messages = body["messages"]
    client = current_app.openai_client
    model = current_app.config["OPENAI_CHAT_MODEL"]

    async def events():
        stream = await client.chat.completions.create(
            model=model,
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield f"data: {json.dumps({'delta': chunk.choices[0].delta.content})}\n\n".encode()
        yield b"data: [DONE]\n\n"

    response = await make_response(events(), {"Content-Type": "text/event-stream"})
    response.timeout = None
    return response


@bp.post("/quick")
async def quick_answer():
    """Cheap one-shot answers (FAQ bot).  Goes through the tracked service."""
    body = await request.get_json()
    answer = await multi_model_service.generate_response(
        prompt=body["question"],
        task_type="faq",
        complexity=TaskComplexity.SIMPLE,
    )
    return jsonify({"answer": answer})


@bp.post("/responses")
async def responses_api():
    """Experimental: the Responses API with web search, behind a feature flag."""
    if "responses_api" not in g.tenant.features:
        abort(404)
    body = await request.get_json()
    resp = await current_app.openai_client.responses.create(
        model="gpt-4o",
        input=body["input"],
        tools=[{"type": "web_search_preview"}],
    )
    return jsonify({"output": resp.output_text})
