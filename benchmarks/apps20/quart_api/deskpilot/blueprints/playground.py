"""Internal prompt playground for the support-ops team (staff only)."""
from __future__ import annotations

import asyncio

from quart import Blueprint, abort, current_app, jsonify, request

from ..services.prompts import RUNNERS, render

bp = Blueprint("playground", __name__)


def _clients() -> dict:
    return {
        "openai": current_app.openai_client,
        "anthropic": current_app.config["ANTHROPIC_CLIENT"],
        "together": current_app.extensions["together"],
        "cohere": current_app.extensions["cohere"],
    }


@bp.before_request
async def staff_only():
    if request.headers.get("X-Staff-Token") != current_app.config.get("STAFF_TOKEN"):
        abort(403)


@bp.post("/compare")
async def compare():
    data = await request.get_json()
    prompt = render(data["template"], **data.get("vars", {}))
    targets = data["targets"]  # [{"provider": "openai", "model": "gpt-4o"}, ...]
    clients = _clients()
    results = await asyncio.gather(
        *(RUNNERS[t["provider"]](clients, t["model"], prompt) for t in targets),
        return_exceptions=True,
    )
    return jsonify([
        {**t, "output": r if isinstance(r, str) else f"error: {r!r}"}
        for t, r in zip(targets, results)
    ])


@bp.post("/together")
async def together_raw():
    data = await request.get_json()
    client = current_app.extensions["together"]
    resp = await client.chat.completions.create(
        model=data.get("model", current_app.config["TOGETHER_CHAT_MODEL"]),
        messages=data["messages"],
        max_tokens=data.get("max_tokens", 512),
    )
    return jsonify({"text": resp.choices[0].message.content, "usage": resp.usage.model_dump()})


@bp.post("/deepseek/reasoner")
async def deepseek_reasoner():
    data = await request.get_json()
    ds = current_app.extensions["deepseek"]
    resp = await ds.chat.completions.create(
        model="deepseek-reasoner",
        messages=[{"role": "user", "content": data["prompt"]}],
    )
    msg = resp.choices[0].message
    return jsonify({"answer": msg.content, "reasoning": getattr(msg, "reasoning_content", None)})


@bp.post("/cohere/stream")
async def cohere_stream():
    data = await request.get_json()
    co = current_app.extensions["cohere"]

    async def gen():
        async for event in co.chat_stream(
            model=current_app.config["COHERE_CHAT_MODEL"],
            messages=[{"role": "user", "content": data["prompt"]}],
        ):
            if event.type == "content-delta":
                yield event.delta.message.content.text.encode()

    return gen(), 200, {"Content-Type": "text/plain"}
