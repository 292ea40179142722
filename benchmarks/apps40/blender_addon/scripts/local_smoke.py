"""Smoke test for a local Ollama setup, without Blender.

    python scripts/local_smoke.py llama3.1:8b
"""

import asyncio
import sys

import httpx
from openai import AsyncOpenAI

OLLAMA = "http://127.0.0.1:11434"


def raw_generate(model):
    r = httpx.post(f"{OLLAMA}/api/generate", json={"model": model, "prompt": "Say OK", "stream": False}, timeout=120)
    r.raise_for_status()
    return r.json()["response"]


async def openai_compatible(model):
    client = AsyncOpenAI(base_url=f"{OLLAMA}/v1", api_key="ollama")
    resp = await client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": "Name three Blender modifiers."}],
    )
    return resp.choices[0].message.content


def tags():
    return [m["name"] for m in httpx.get(f"{OLLAMA}/api/tags", timeout=10).json()["models"]]


if __name__ == "__main__":
    model = sys.argv[1] if len(sys.argv) > 1 else "llama3.1:8b"
    print("installed:", tags())
    print("raw:", raw_generate(model))
    print("openai-compat:", asyncio.run(openai_compatible(model)))
