"""Machine translation of non-English tickets for the EN-only agent queue.

Half-migrated from Bedrock (sync, streaming) to Gemini (async). Both paths are live: Bedrock is
still used for tenants with data_residency=eu.
"""
from __future__ import annotations

import asyncio
import logging

from enrichment.clients import get_bedrock, get_genai
from enrichment.models import InboundRecord
from enrichment.settings import get_settings

log = logging.getLogger(__name__)

SYSTEM = "Translate the user's message to English. Output only the translation."


def translate_bedrock(text: str) -> str:
    stream = get_bedrock().converse_stream(
        modelId=get_settings().bedrock_model_id,
        system=[{"text": SYSTEM}],
        messages=[{"role": "user", "content": [{"text": text}]}],
        inferenceConfig={"maxTokens": 1500, "temperature": 0},
    )
    parts = []
    for event in stream["stream"]:
        if "contentBlockDelta" in event:
            parts.append(event["contentBlockDelta"]["delta"].get("text", ""))
        elif "metadata" in event:
            log.debug("bedrock usage: %s", event["metadata"].get("usage"))
    return "".join(parts)


async def translate_gemini(text: str) -> str:
    client = get_genai()
    resp = await client.aio.models.generate_content(
        model=get_settings().gemini_model,
        contents=f"{SYSTEM}\n\n{text}",
    )
    return resp.text or ""


async def translate_many(records: list[InboundRecord]) -> list[str]:
    todo = [r for r in records if r.meta.get("lang", "en") != "en"]
    results = await asyncio.gather(*(translate_gemini(r.text) for r in todo), return_exceptions=True)
    out = []
    for r, res in zip(todo, results):
        if isinstance(res, Exception):
            log.warning("gemini translate failed for %s, trying bedrock", r.id)
            res = translate_bedrock(r.text)
        out.append(res)
    return out
