#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per provider, prints latency.

    python scripts/smoke_test_providers.py [--only openai,anthropic]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time

import anthropic
import voyageai
from cerebras.cloud.sdk import AsyncCerebras
from google import genai
from openai import OpenAI

PING = "Reply with the single word: pong"


async def check_openai() -> str:
    client = OpenAI()
    resp = await asyncio.to_thread(
        lambda: client.responses.create(model="gpt-4o-mini", input=PING, max_output_tokens=16)
    )
    return resp.output_text


async def check_anthropic() -> str:
    client = anthropic.AsyncAnthropic()
    msg = await client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=10, messages=[{"role": "user", "content": PING}]
    )
    return msg.content[0].text


async def check_gemini() -> str:
    client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))
    parts = []
    for chunk in client.models.generate_content_stream(model="gemini-2.5-flash", contents=PING):
        parts.append(chunk.text or "")
    return "".join(parts)


async def check_xai() -> str:
    grok = OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    resp = grok.chat.completions.create(model="grok-3-mini", messages=[{"role": "user", "content": PING}])
    return resp.choices[0].message.content or ""


async def check_cerebras() -> str:
    client = AsyncCerebras()
    resp = await client.chat.completions.create(
        model="llama3.1-8b", messages=[{"role": "user", "content": PING}], max_tokens=5
    )
    return resp.choices[0].message.content or ""


async def check_voyage() -> str:
    vo = voyageai.Client()
    result = vo.embed(["pong"], model="voyage-3.5-lite")
    return f"dim={len(result.embeddings[0])} tokens={result.total_tokens}"


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "gemini": check_gemini,
    "xai": check_xai,
    "cerebras": check_cerebras,
    "voyage": check_voyage,
}


async def main(only: list[str] | None) -> int:
    failures = 0
    for name, check in CHECKS.items():
        if only and name not in only:
            continue
        t0 = time.perf_counter()
        try:
            out = await check()
            print(f"[ok]   {name:<10} {(time.perf_counter() - t0) * 1000:7.0f} ms  {out.strip()[:40]!r}")
        except Exception as exc:
            failures += 1
            print(f"[FAIL] {name:<10} {type(exc).__name__}: {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    sys.exit(asyncio.run(main([s for s in args.only.split(",") if s] or None)))
