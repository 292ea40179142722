"""HTTP function: customer FAQ assistant (website chat widget).

POST {"session_id": "...", "message": "...", "history": [{"role": "user"|"model", "text": "..."}],
      "stream": false, "locale": "en-GB"}
"""
from __future__ import annotations

import asyncio
import json
import logging
import time

import flask
import functions_framework
from google.genai import types

from common import get_genai_client, get_settings
from common.firestore_store import db
from common.prompts import FAQ_SYSTEM

log = logging.getLogger("faq_bot")

CORS = {
    "Access-Control-Allow-Origin": "https://www.wanderly.example",
    "Access-Control-Allow-Methods": "POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
}


_POLICY_CACHE: dict[str, tuple[float, list[dict]]] = {}
POLICY_TTL_SECONDS = 600


def policy_excerpts(locale: str) -> list[dict]:
    """Policy docs from Firestore, cached per instance for 10 minutes."""
    hit = _POLICY_CACHE.get(locale)
    if hit and time.time() - hit[0] < POLICY_TTL_SECONDS:
        return hit[1]
    docs = db().collection("policies").where("locale", "==", locale).stream()
    excerpts = [{"id": d.id, **d.to_dict()} for d in docs]
    _POLICY_CACHE[locale] = (time.time(), excerpts)
    return excerpts


def render_excerpts(excerpts: list[dict], limit_chars: int = 20_000) -> str:
    out, used = [], 0
    for e in excerpts:
        block = f"## {e.get('title', e['id'])}\n{e.get('body', '')}\n"
        if used + len(block) > limit_chars:
            break
        out.append(block)
        used += len(block)
    return "\n".join(out)


def _history(items: list[dict]) -> list[types.Content]:
    return [
        types.Content(role=i["role"], parts=[types.Part.from_text(text=i["text"])])
        for i in items[-20:]
        if i.get("role") in ("user", "model") and i.get("text")
    ]


def _chat(history: list[dict], locale: str):
    client = get_genai_client()
    system = FAQ_SYSTEM + "\n\nPolicy excerpts:\n" + render_excerpts(policy_excerpts(locale))
    return client.chats.create(
        model=get_settings().gemini_model,
        history=_history(history),
        config=types.GenerateContentConfig(system_instruction=system, temperature=0.2),
    )


async def _suggest_followups(question: str, answer: str) -> list[str]:
    client = get_genai_client()
    resp = await client.aio.models.generate_content(
        model=get_settings().gemini_model,
        contents=f"Q: {question}\nA: {answer}\nSuggest 3 short follow-up questions as a JSON list of strings.",
        config=types.GenerateContentConfig(response_mime_type="application/json", temperature=0.5),
    )
    try:
        return [s for s in json.loads(resp.text) if isinstance(s, str)][:3]
    except (TypeError, json.JSONDecodeError):
        return []


@functions_framework.http
def faq_bot(request: flask.Request):
    if request.method == "OPTIONS":
        return ("", 204, CORS)
    body = request.get_json(silent=True) or {}
    message = (body.get("message") or "").strip()
    if not message:
        return (json.dumps({"error": "message required"}), 400, {**CORS, "Content-Type": "application/json"})

    chat = _chat(body.get("history", []), body.get("locale", "en-GB"))

    if body.get("stream"):
        def gen():
            for chunk in chat.send_message_stream(message):
                if chunk.text:
                    yield f"data: {json.dumps({'delta': chunk.text})}\n\n"
            yield "data: [DONE]\n\n"
        return flask.Response(gen(), mimetype="text/event-stream", headers=CORS)

    reply = chat.send_message(message)
    answer = reply.text or ""
    followups = asyncio.run(_suggest_followups(message, answer)) if body.get("followups", True) else []
    return (json.dumps({"answer": answer, "followups": followups}), 200,
            {**CORS, "Content-Type": "application/json"})
