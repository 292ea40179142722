"""Quick connectivity check for every provider key in the current environment.

    python -m scripts.smoke_providers          # ping each provider
    python -m scripts.smoke_providers --models # list the models our keys can see
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import time

from anthropic import AsyncAnthropic
from huggingface_hub import AsyncInferenceClient
from mistralai import Mistral
from xai_sdk import AsyncClient
from xai_sdk.chat import user

from clients import get_worker_clients
from common.costs import estimate_cost

PING = "Reply with the single word: pong"


async def ping_anthropic() -> str:
    client = AsyncAnthropic()
    msg = await client.messages.create(
        model="claude-3-5-haiku-20241022", max_tokens=5, messages=[{"role": "user", "content": PING}]
    )
    return msg.content[0].text


async def ping_hf() -> str:
    client = AsyncInferenceClient(token=os.environ.get("HF_TOKEN"))
    out = await client.chat.completions.create(
        model="meta-llama/Llama-3.1-8B-Instruct", messages=[{"role": "user", "content": PING}], max_tokens=5
    )
    return out.choices[0].message.content


async def ping_xai() -> str:
    client = AsyncClient(api_key=os.environ.get("XAI_API_KEY"))
    chat = client.chat.create(model="grok-3-mini")
    chat.append(user(PING))
    response = await chat.sample()
    return response.content


async def ping_mistral() -> str:
    async with Mistral(api_key=os.environ.get("MISTRAL_API_KEY", "")) as client:
        res = await client.chat.complete_async(
            model="mistral-small-latest", messages=[{"role": "user", "content": PING}], max_tokens=5
        )
    return res.choices[0].message.content


async def main() -> None:
    checks = {
        "anthropic": ping_anthropic,
        "hf": ping_hf,
        "xai": ping_xai,
        "mistral": ping_mistral,
    }
    for name, fn in checks.items():
        started = time.perf_counter()
        try:
            result = await asyncio.wait_for(fn(), timeout=30)
            status = "ok" if "pong" in (result or "").lower() else f"unexpected: {result!r}"
        except Exception as exc:  # noqa: BLE001
            status = f"FAILED: {exc.__class__.__name__}: {exc}"
        print(f"{name:10s} {status} ({time.perf_counter() - started:.2f}s)")


def list_models() -> None:
    """Print the models each provider exposes to our keys; used when bumping ModelSettings."""
    c = get_worker_clients()
    report: dict[str, list[str]] = {}
    report["openai"] = [m.id for m in c.openai.models.list()]
    report["anthropic"] = [m.id for m in c.anthropic.models.list(limit=50)]
    report["mistral"] = [m.id for m in c.mistral.models.list().data or []]
    report["xai"] = [m.name for m in c.xai.models.list_language_models()]
    tokens = c.xai.tokenize.tokenize_text("How do I reset my password?", model="grok-3-mini")
    print(json.dumps(report, indent=2))
    print("sample prompt tokens:", len(tokens), "est cost:", estimate_cost("grok-3-mini", len(tokens)))


if __name__ == "__main__":
    if "--models" in sys.argv:
        list_models()
    else:
        asyncio.run(main())
