#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per provider, prints latency."""
from __future__ import annotations

import asyncio
import os
import time

import httpx
from anthropic import Anthropic

from agent_workers.clients import get_genai_client, get_together_client
from agent_workers.config import get_settings
from agent_workers.toolbox import Toolbox

PROMPT = "Reply with the single word OK."


def timed(name: str):
    def deco(fn):
        def wrapper(*a, **kw):
            t0 = time.perf_counter()
            try:
                out = fn(*a, **kw)
                print(f"{name:10s} ok   {time.perf_counter() - t0:6.2f}s  {str(out)[:40]!r}")
            except Exception as exc:  # noqa: BLE001
                print(f"{name:10s} FAIL {time.perf_counter() - t0:6.2f}s  {exc}")
        return wrapper
    return deco


@timed("anthropic")
def smoke_anthropic() -> str:
    client = Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": PROMPT}]
    )
    return msg.content[0].text


@timed("gemini")
def smoke_gemini() -> str:
    return get_genai_client().models.generate_content(model="gemini-2.0-flash", contents=PROMPT).text


@timed("together")
def smoke_together() -> str:
    resp = get_together_client().chat.completions.create(
        model=get_settings().models.code_review, messages=[{"role": "user", "content": PROMPT}], max_tokens=5
    )
    return resp.choices[0].message.content


@timed("together-raw")
def smoke_together_http() -> str:
    # Bypasses the SDK to check the gateway/proxy path the SDK does not use.
    r = httpx.post(
        "https://api.together.xyz/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"},
        json={"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "messages": [{"role": "user", "content": PROMPT}], "max_tokens": 5},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


async def smoke_async() -> None:
    box = Toolbox.create(get_settings())
    t0 = time.perf_counter()
    resp = await box.openai.responses.create(model="gpt-4.1-nano", input=PROMPT, max_output_tokens=16)
    print(f"{'openai':10s} ok   {time.perf_counter() - t0:6.2f}s  {resp.output_text!r}")
    t0 = time.perf_counter()
    grok = await box.xai.chat.completions.create(
        model="grok-3-mini", messages=[{"role": "user", "content": PROMPT}], max_tokens=5
    )
    print(f"{'xai':10s} ok   {time.perf_counter() - t0:6.2f}s  {grok.choices[0].message.content!r}")
    await box.aclose()


if __name__ == "__main__":
    smoke_anthropic()
    smoke_gemini()
    smoke_together()
    smoke_together_http()
    asyncio.run(smoke_async())
