#!/usr/bin/env python
"""Quick end-to-end check that every provider key in the environment works.

    python scripts/smoke_test_providers.py --only anthropic,openai
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time

import replicate

from llmkit import (
    get_anthropic_client,
    get_async_openai_client,
    get_hf_client,
    get_voyage_client,
)
from llmkit.config import settings

PING = "Reply with the single word: pong"


def check_anthropic() -> str:
    client = get_anthropic_client()
    with client.messages.stream(
        model=settings.models.anthropic_fast,
        max_tokens=10,
        messages=[{"role": "user", "content": PING}],
    ) as stream:
        text = "".join(stream.text_stream)
    return text


async def _check_openai_async() -> str:
    client = get_async_openai_client()
    resp = await client.chat.completions.create(
        model=settings.models.openai_chat,
        messages=[{"role": "user", "content": PING}],
        max_tokens=5,
    )
    return resp.choices[0].message.content


def check_openai() -> str:
    return asyncio.run(_check_openai_async())


def check_hf() -> str:
    hf = get_hf_client(settings.models.hf_chat)
    out = hf.chat_completion([{"role": "user", "content": PING}], max_tokens=5)
    return out.choices[0].message.content


def check_voyage() -> str:
    res = get_voyage_client().embed(["ping"], model=settings.models.voyage_embedding)
    return f"dim={len(res.embeddings[0])}"


def check_replicate() -> str:
    pieces = []
    for event in replicate.stream(
        "meta/meta-llama-3-8b-instruct",
        input={"prompt": PING, "max_new_tokens": 5},
    ):
        pieces.append(str(event))
    return "".join(pieces)


CHECKS = {
    "anthropic": check_anthropic,
    "openai": check_openai,
    "huggingface": check_hf,
    "voyage": check_voyage,
    "replicate": check_replicate,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(CHECKS))
    args = parser.parse_args(argv)
    failures = 0
    for name in args.only.split(","):
        fn = CHECKS[name.strip()]
        started = time.perf_counter()
        try:
            out = fn()
            print(f"[ok]   {name:<12} {time.perf_counter() - started:5.2f}s  {out!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print(f"[FAIL] {name:<12} {exc}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
