"""Summarise stack outputs after an `up` for the on-call handover."""
from __future__ import annotations

import asyncio
import json
from typing import Any

from google.genai import types

from infra_ai.clients import get_async_openai, get_genai
from infra_ai.prompts import OUTPUTS_SUMMARY_SYSTEM
from infra_ai.settings import SETTINGS


def _flatten(outputs: dict[str, Any]) -> str:
    plain = {}
    for key, out in outputs.items():
        value = getattr(out, "value", out)
        if getattr(out, "secret", False):
            value = "[secret]"
        plain[key] = value
    return json.dumps(plain, indent=2, default=str)


async def summarise_outputs_gemini(outputs: dict[str, Any]) -> str:
    client = get_genai()
    parts: list[str] = []
    async for chunk in await client.aio.models.generate_content_stream(
        model=SETTINGS.gemini_model,
        contents=_flatten(outputs),
        config=types.GenerateContentConfig(system_instruction=OUTPUTS_SUMMARY_SYSTEM),
    ):
        if chunk.text:
            parts.append(chunk.text)
    return "".join(parts)


async def summarise_outputs_openai(outputs: dict[str, Any]) -> str:
    aclient = get_async_openai()
    resp = await aclient.responses.create(
        model=SETTINGS.openai_model,
        instructions=OUTPUTS_SUMMARY_SYSTEM,
        input=_flatten(outputs),
    )
    return resp.output_text


async def summarise_many(stacks: dict[str, dict[str, Any]]) -> dict[str, str]:
    names = list(stacks)
    results = await asyncio.gather(*(summarise_outputs_gemini(stacks[n]) for n in names),
                                   return_exceptions=True)
    return {n: (r if isinstance(r, str) else f"summary failed: {r}") for n, r in zip(names, results)}


def summarise_outputs(outputs: dict[str, Any], provider: str = "gemini") -> str:
    if provider == "openai":
        return asyncio.run(summarise_outputs_openai(outputs))
    return asyncio.run(summarise_outputs_gemini(outputs))
