#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per provider.

Exit code is the number of failing providers.

    python scripts/smoke_test_providers.py [openai anthropic ...]
    python scripts/smoke_test_providers.py --list-models
"""
import asyncio
import os
import sys

import cohere
import voyageai
from anthropic import AsyncAnthropic
from openai import AsyncAzureOpenAI, AsyncOpenAI

PING = "Reply with the single word: pong"


async def check_openai():
    client = AsyncOpenAI()
    r = await client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": PING}], max_tokens=5)
    return r.choices[0].message.content


async def check_azure():
    client = AsyncAzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-06-01",
    )
    r = await client.chat.completions.create(
        model=os.environ.get("AZURE_DEPLOYMENT", "gpt-4o-support"),
        messages=[{"role": "user", "content": PING}],
        max_tokens=5,
    )
    return r.choices[0].message.content


async def check_anthropic():
    client = AsyncAnthropic()
    r = await client.messages.create(
        model="claude-3-5-haiku-20241022", max_tokens=5,
        messages=[{"role": "user", "content": PING}])
    return r.content[0].text


async def check_xai():
    client = AsyncOpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    r = await client.chat.completions.create(
        model="grok-2-latest", messages=[{"role": "user", "content": PING}], max_tokens=5)
    return r.choices[0].message.content


async def check_voyage():
    vo = voyageai.AsyncClient()
    r = await vo.rerank("pong", ["ping", "pong"], model="rerank-2-lite", top_k=1)
    return r.results[0].document


async def check_cohere():
    co = cohere.AsyncClientV2()
    r = await co.chat(model="command-r7b-12-2024",
                      messages=[{"role": "user", "content": PING}])
    return r.message.content[0].text


async def list_models():
    """Print the models each account can see (used when updating utils/costs.py)."""
    oai = AsyncOpenAI()
    page = await oai.models.list()
    for m in sorted(page.data, key=lambda m: m.id):
        print("openai   ", m.id)
    xai = AsyncOpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    async for m in xai.models.list():
        print("xai      ", m.id)
    claude = AsyncAnthropic()
    async for m in claude.models.list(limit=100):
        print("anthropic", m.id)
    return 0


async def main():
    if "--list-models" in sys.argv:
        return await list_models()
    checks = {
        "openai": check_openai, "azure": check_azure, "anthropic": check_anthropic,
        "xai": check_xai, "voyage": check_voyage, "cohere": check_cohere,
    }
    only = sys.argv[1:] or list(checks)
    failures = 0
    for name in only:
        try:
            out = await asyncio.wait_for(checks[name](), timeout=30)
            print("%-10s ok   %r" % (name, out))
        except Exception as exc:  # noqa: BLE001
            failures += 1
            print("%-10s FAIL %s" % (name, exc))
    return failures


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
