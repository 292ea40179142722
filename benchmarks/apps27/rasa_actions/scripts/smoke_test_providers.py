#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per configured vendor.

Run from the CD pipeline after the action server rolls out:

    python -m scripts.smoke_test_providers --only openai,anthropic
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from typing import Callable, Dict

from llm import (
    get_cohere_client,
    get_genai_client,
    get_hf_client,
    get_mistral_client,
    get_ollama_client,
    get_settings,
    provider,
)
from llm.factory import get_chat_backend

PING = "Reply with the single word: pong"


def check_openai() -> str:
    return get_chat_backend("openai").complete([{"role": "user", "content": PING}], max_tokens=5)


def check_anthropic() -> str:
    async def _go() -> str:
        msg = await provider.async_anthropic().messages.create(
            model=get_settings().model_for("anthropic"),
            max_tokens=5,
            messages=[{"role": "user", "content": PING}],
        )
        return msg.content[0].text

    return asyncio.run(_go())


def check_cohere() -> str:
    out = []
    for event in get_cohere_client().chat_stream(
        model=get_settings().model_for("cohere"),
        messages=[{"role": "user", "content": PING}],
    ):
        if event.type == "content-delta":
            out.append(event.delta.message.content.text)
    return "".join(out)


def check_google() -> str:
    pieces = []
    for chunk in get_genai_client().models.generate_content_stream(
        model=get_settings().model_for("google"), contents=PING
    ):
        pieces.append(chunk.text or "")
    return "".join(pieces)


def check_mistral() -> str:
    out = []
    stream = get_mistral_client().chat.stream(
        model=get_settings().model_for("mistral"),
        messages=[{"role": "user", "content": PING}],
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            out.append(delta)
    return "".join(out)


def check_ollama() -> str:
    resp = get_ollama_client().generate(model=get_settings().model_for("ollama"), prompt=PING)
    return resp["response"]


def check_huggingface() -> str:
    client = get_hf_client()
    return client.text_generation(f"Q: {PING}\nA:", max_new_tokens=5)


CHECKS: Dict[str, Callable[[], str]] = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "cohere": check_cohere,
    "google": check_google,
    "mistral": check_mistral,
    "ollama": check_ollama,
    "huggingface": check_huggingface,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(CHECKS))
    args = parser.parse_args()

    failed = 0
    for name in args.only.split(","):
        fn = CHECKS[name.strip()]
        t0 = time.perf_counter()
        try:
            answer = fn()
            ok = "pong" in answer.lower()
        except Exception as exc:  # noqa: BLE001
            answer, ok = repr(exc), False
        dt = (time.perf_counter() - t0) * 1000
        print(f"{'OK ' if ok else 'FAIL'} {name:<12} {dt:7.0f} ms  {answer[:60]!r}")
        failed += 0 if ok else 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
