"""Translate inbound messages for agents, and outbound drafts back."""
import asyncio
import logging

import anvil.server
from google.genai import types

from .llm import get_async_openai_client, get_gemini_client
from .llm import prompts
from .utils import require_agent, run_sync

log = logging.getLogger(__name__)

SUPPORTED = {"en", "de", "fr", "es", "pt", "nl", "it", "ja"}


async def _translate_gemini(text, target):
    client = get_gemini_client()
    resp = await client.aio.models.generate_content(
        model="gemini-2.0-flash",
        contents=text,
        config=types.GenerateContentConfig(
            system_instruction=prompts.TRANSLATE_SYSTEM.format(target=target),
            temperature=0,
        ),
    )
    return resp.text


async def _translate_openai(text, target):
    client = get_async_openai_client()
    resp = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": prompts.TRANSLATE_SYSTEM.format(target=target)},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content


async def _translate_with_fallback(text, target):
    try:
        return await asyncio.wait_for(_translate_gemini(text, target), timeout=20)
    except Exception:
        log.warning("gemini translation failed, falling back to openai", exc_info=True)
        return await _translate_openai(text, target)


@anvil.server.callable
@require_agent
def translate(text, target="en"):
    if target not in SUPPORTED:
        raise ValueError(f"Unsupported language {target}")
    if not text:
        return ""
    return run_sync(_translate_with_fallback(text, target))


@anvil.server.callable
@require_agent
def translate_thread(messages, target="en"):
    async def _all():
        return await asyncio.gather(*(_translate_with_fallback(m, target) for m in messages))

    return run_sync(_all())
