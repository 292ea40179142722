"""Runs coroutines for the (sync) rpyc handlers on a background event loop.

Started as the place to move everything to AsyncOpenAI; only a few call
sites made it over before the refactor stalled.
"""
from __future__ import annotations

import asyncio
import threading

from gateway.clients import get_anthropic_client, get_async_openai_client
from gateway.tracking.llm_usage_tracker import llm_tracker
from gateway.tracking.multi_model_service import TaskComplexity, multi_model_service

_loop: asyncio.AbstractEventLoop | None = None
_lock = threading.Lock()


def _ensure_loop() -> asyncio.AbstractEventLoop:
    global _loop
    with _lock:
        if _loop is None:
            _loop = asyncio.new_event_loop()
            threading.Thread(target=_loop.run_forever, name="async-bridge", daemon=True).start()
    return _loop


def run(coro, timeout: float = 120):
    return asyncio.run_coroutine_threadsafe(coro, _ensure_loop()).result(timeout)


async def fan_out_chat(prompts: list[str], model: str = "gpt-4o-mini") -> list[str]:
    client = get_async_openai_client()

    async def one(p: str) -> str:
        resp = await client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": p}], temperature=0
        )
        return resp.choices[0].message.content or ""

    return await asyncio.gather(*(one(p) for p in prompts))


async def stream_to_list(prompt: str, model: str = "gpt-4o-mini") -> list[str]:
    chunks: list[str] = []
    stream = await get_async_openai_client().chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}], stream=True
    )
    async for event in stream:
        if event.choices and event.choices[0].delta.content:
            chunks.append(event.choices[0].delta.content)
    return chunks


async def tracked_fan_out(prompts: list[str], model: str = "gpt-4o-mini", caller: str | None = None) -> list[str]:
    client = get_async_openai_client()
    results = []
    for p in prompts:
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="fan_out", caller=caller
        ) as usage_log:
            resp = await client.chat.completions.create(model=model, messages=[{"role": "user", "content": p}])
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        results.append(resp.choices[0].message.content or "")
    return results


async def field_mapping(prompt: str) -> str:
    return await multi_model_service.generate_response(
        prompt=prompt, task_type="field_mapping", complexity=TaskComplexity.AGENTIC
    )


async def claude_in_thread(prompt: str) -> str:
    client = get_anthropic_client()
    msg = await asyncio.to_thread(
        client.messages.create,
        model="claude-3-5-haiku-20241022",
        max_tokens=512,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text
