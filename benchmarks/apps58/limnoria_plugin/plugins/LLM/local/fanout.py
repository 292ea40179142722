"""!compare <question>: ask two providers at once and show both answers.

Limnoria commands run in threads (threaded = True) so we spin a private
event loop per call.
"""

import asyncio
import logging

from .clients import get_async_anthropic, get_async_openai

log = logging.getLogger("supybot.plugins.LLM.fanout")


async def _ask_openai(question, key, model="gpt-4o-mini"):
    client = get_async_openai(key)
    resp = await client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=200,
    )
    return "openai", resp.choices[0].message.content


async def _ask_anthropic(question, key, model="claude-3-5-haiku-latest"):
    client = get_async_anthropic(key)
    msg = await client.messages.create(
        model=model,
        max_tokens=200,
        messages=[{"role": "user", "content": question}],
    )
    return "anthropic", msg.content[0].text


async def _compare(question, keys, timeout):
    tasks = [
        _ask_openai(question, keys.get("openai")),
        _ask_anthropic(question, keys.get("anthropic")),
    ]
    results = await asyncio.wait_for(
        asyncio.gather(*tasks, return_exceptions=True), timeout)
    out = []
    for r in results:
        if isinstance(r, Exception):
            log.warning("compare: one provider failed: %r", r)
            continue
        out.append(r)
    return out


def compare(question, keys, timeout=45):
    return asyncio.run(_compare(question, keys, timeout))


def run_sync(coro):
    """Run a coroutine from a command thread (used for tracked calls)."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
