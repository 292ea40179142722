"""Async variants, half-migrated from ChatService.

The plan (ticket LEX-412) is to move every handler to AsyncApp and drop the
sync ChatService. Only the fan-out comparison endpoint uses this so far.
"""
import asyncio
import logging

from app.services.clients import get_async_openai, get_bedrock
from app.services.prompts import to_bedrock_converse

log = logging.getLogger(__name__)


async def openai_answer(messages, model="gpt-4o-mini"):
    client = get_async_openai()
    resp = await client.chat.completions.create(model=model, messages=messages)
    return resp.choices[0].message.content


async def bedrock_answer(messages, model_id):
    system, msgs = to_bedrock_converse(messages)
    runtime = get_bedrock()
    resp = await asyncio.to_thread(
        runtime.converse,
        modelId=model_id,
        system=system,
        messages=msgs,
    )
    return resp["output"]["message"]["content"][0]["text"]


async def compare(messages, bedrock_model_id):
    """Run the same prompt against two providers for the eval dashboard."""
    results = await asyncio.gather(
        openai_answer(messages),
        bedrock_answer(messages, bedrock_model_id),
        return_exceptions=True,
    )
    return {
        "openai": results[0] if not isinstance(results[0], Exception) else None,
        "bedrock": results[1] if not isinstance(results[1], Exception) else None,
    }
