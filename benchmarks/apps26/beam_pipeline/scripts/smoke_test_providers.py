#!/usr/bin/env python
"""Hit every provider once with a tiny request. Run before a big backfill.

Costs a fraction of a cent. Exits non-zero if anything fails.

    python scripts/smoke_test_providers.py [openai anthropic ...]
    python scripts/smoke_test_providers.py --list-models
"""
import asyncio
import sys
import traceback

import anthropic
import cohere
from google import genai
from openai import OpenAI

from newsenrich import config
from newsenrich.clients import get_anthropic, get_cohere, get_genai, get_hf, get_openai, get_voyage

PING = "Reply with the single word: pong"


def check_openai():
    r = get_openai().chat.completions.create(
        model=config.OPENAI_SUMMARY_MODEL, messages=[{"role": "user", "content": PING}], max_tokens=3
    )
    return r.choices[0].message.content


def check_anthropic():
    client = get_anthropic()
    r = client.messages.create(model=config.ANTHROPIC_MODEL, max_tokens=5, messages=[{"role": "user", "content": PING}])
    return r.content[0].text


def check_cohere():
    co = get_cohere()
    text = []
    for event in co.chat_stream(model="command-r-08-2024", messages=[{"role": "user", "content": PING}]):
        if event.type == "content-delta":
            text.append(event.delta.message.content.text)
    return "".join(text)


def check_voyage():
    res = get_voyage().embed(["ping"], model=config.VOYAGE_EMBED_MODEL, input_type="query")
    return f"{len(res.embeddings[0])} dims"


async def check_gemini():
    client = get_genai()
    r = await client.aio.models.generate_content(model=config.GEMINI_MODEL, contents=PING)
    return r.text


def check_hf():
    hf = get_hf()
    return hf.text_generation(PING, model=config.HF_CHAT_MODEL, max_new_tokens=5)


def list_models():
    """Print which models each of our keys can see. Nothing here is billed."""
    oa = OpenAI()
    print("openai:")
    for m in sorted(oa.models.list(), key=lambda m: m.id):
        if m.id.startswith(("gpt-4o", "text-embedding", "omni-moderation")):
            print("  ", m.id)

    print("anthropic:")
    for m in anthropic.Anthropic().models.list(limit=100):
        print("  ", m.id, m.display_name)

    print("cohere:")
    co = cohere.ClientV2()
    for m in co.models.list(endpoint="embed").models:
        print("  ", m.name)

    print("vertex gemini:")
    for m in get_genai().models.list(config={"page_size": 50}):
        print("  ", m.name)

    print("gemini api (dev key, for comparison):")
    dev = genai.Client()
    print("  ", dev.models.get(model="gemini-2.0-flash").display_name)


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "cohere": check_cohere,
    "voyage": check_voyage,
    "gemini": lambda: asyncio.run(check_gemini()),
    "hf": check_hf,
}


def main(only=None):
    failed = []
    for name, fn in CHECKS.items():
        if only and name not in only:
            continue
        try:
            print(f"{name:10s} ok   {fn()!r}")
        except Exception:  # noqa: BLE001
            failed.append(name)
            print(f"{name:10s} FAIL")
            traceback.print_exc()
    return 1 if failed else 0


if __name__ == "__main__":
    if "--list-models" in sys.argv:
        list_models()
        sys.exit(0)
    sys.exit(main(set(sys.argv[1:]) or None))
