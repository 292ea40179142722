"""Ticket tagging.

v1 used Gemini through the blocking client in a thread (the aio client was
flaky for us at the time); v2 uses Cohere with a JSON schema. Both are still
wired because the mobile inbox pins v1.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Dict

from gateway.config import get_settings
from gateway.providers.gemini import generation_config, get_sync_gemini
from gateway.services.prompts import TAGGING_SYSTEM

log = logging.getLogger(__name__)

TAG_SCHEMA = {
    "type": "object",
    "properties": {
        "category": {"type": "string"},
        "urgency": {"type": "string", "enum": ["low", "medium", "high"]},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["category", "urgency", "tags"],
}


def _parse(raw: str) -> Dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("tagger returned non-json: %r", raw[:200])
        return {"category": "other", "urgency": "low", "tags": []}
    data.setdefault("tags", [])
    return data


async def tag_ticket_v1(subject: str, body: str) -> Dict[str, Any]:
    client = get_sync_gemini()
    response = await asyncio.to_thread(
        client.models.generate_content,
        model=get_settings().gemini_model,
        contents=f"Subject: {subject}\n\n{body}",
        config=generation_config(system=TAGGING_SYSTEM, temperature=0.0, json_mode=True),
    )
    return _parse(response.text or "{}")


async def tag_ticket_v2(co: Any, subject: str, body: str) -> Dict[str, Any]:
    settings = get_settings()
    res = await co.chat(
        model=settings.cohere_chat_model,
        messages=[
            {"role": "system", "content": TAGGING_SYSTEM},
            {"role": "user", "content": f"Subject: {subject}\n\n{body}"},
        ],
        response_format={"type": "json_object", "json_schema": TAG_SCHEMA},
        temperature=0,
    )
    return _parse(res.message.content[0].text)
