"""Stream model output to the desk over socket.io (frappe.publish_realtime)."""

from __future__ import annotations

import frappe

from ai_helpdesk.llm import get_anthropic_client, get_groq_client
from ai_helpdesk.llm.clients import default_model

EVENT = "ai_helpdesk_stream"


def _emit(room_user: str, request_id: str, chunk: str = "", done: bool = False):
    frappe.publish_realtime(
        EVENT,
        {"request_id": request_id, "chunk": chunk, "done": done},
        user=room_user,
        after_commit=False,
    )


def stream_claude(request_id: str, system: str, prompt: str, user: str) -> str:
    client = get_anthropic_client()
    parts: list[str] = []
    with client.messages.stream(
        model=default_model("anthropic"),
        max_tokens=1024,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
            _emit(user, request_id, text)
    _emit(user, request_id, done=True)
    return "".join(parts)


def stream_groq(request_id: str, messages: list[dict], user: str) -> str:
    parts: list[str] = []
    stream = get_groq_client().chat.completions.create(
        model=default_model("groq"),
        messages=messages,
        stream=True,
        max_tokens=700,
    )
    for chunk in stream:
        delta = chunk.choices[0].delta.content or ""
        if delta:
            parts.append(delta)
            _emit(user, request_id, delta)
    _emit(user, request_id, done=True)
    return "".join(parts)
