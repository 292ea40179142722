"""Pings every provider with a tiny prompt. Run after rotating keys in the ZenML secret."""

from __future__ import annotations

import asyncio
import functools
import time
from concurrent.futures import ThreadPoolExecutor

from llm import (
    get_async_anthropic_client,
    get_bedrock_runtime,
    get_genai_client,
    get_hf_client,
    get_openai_client,
    get_together_client,
    get_voyage_client,
)

PING = "Reply with the single word: pong"


def _timed(name, fn):
    start = time.perf_counter()
    try:
        fn()
        return name, "ok", time.perf_counter() - start
    except Exception as exc:  # noqa: BLE001
        return name, f"FAIL {type(exc).__name__}: {exc}", time.perf_counter() - start


def main() -> None:
    openai_client = get_openai_client()
    together = get_together_client()
    genai_client = get_genai_client()
    bedrock = get_bedrock_runtime()

    ping_together = functools.partial(
        together.chat.completions.create,
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        max_tokens=3,
    )

    checks = {
        "openai": lambda: openai_client.responses.create(model="gpt-4o-mini", input=PING),
        "together": lambda: ping_together(messages=[{"role": "user", "content": PING}]),
        "bedrock": lambda: bedrock.converse(
            modelId="anthropic.claude-3-haiku-20240307-v1:0",
            messages=[{"role": "user", "content": [{"text": PING}]}],
        ),
        "hf": lambda: get_hf_client().text_generation(PING, max_new_tokens=3),
        "voyage": lambda: get_voyage_client().embed(["ping"], model="voyage-3-lite"),
    }

    with ThreadPoolExecutor(max_workers=len(checks) + 1) as pool:
        futures = [pool.submit(_timed, name, fn) for name, fn in checks.items()]
        gemini_future = pool.submit(
            genai_client.models.generate_content, model="gemini-2.0-flash", contents=PING
        )
        for fut in futures:
            name, status, secs = fut.result()
            print(f"{name:10s} {status:40s} {secs:.2f}s")
        print("google    ", "ok" if gemini_future.result().text else "empty")

    async def _anthropic_stream():
        client = get_async_anthropic_client()
        async with client.messages.stream(
            model="claude-3-5-haiku-latest",
            max_tokens=5,
            messages=[{"role": "user", "content": PING}],
        ) as stream:
            return await stream.get_final_text()

    print("anthropic ", asyncio.run(_anthropic_stream()))


if __name__ == "__main__":
    main()
