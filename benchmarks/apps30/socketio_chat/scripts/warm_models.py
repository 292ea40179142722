"""Make sure the on-prem Ollama box has the models we need, and ping hosted APIs."""
from __future__ import annotations

import asyncio
import os

import ollama
from groq import AsyncGroq

from app.config import get_settings

REQUIRED = ["llama3.1:8b", "nomic-embed-text"]


def ensure_local_models() -> None:
    client = ollama.Client(host=get_settings().ollama_host)
    have = {m["model"] for m in client.list()["models"]}
    for name in REQUIRED:
        if name not in have:
            print(f"pulling {name} ...")
            client.pull(name)
    client.show(REQUIRED[0])


async def groq_reachable() -> bool:
    client = AsyncGroq(api_key=os.environ.get("GROQ_API_KEY"))
    models = await client.models.list()
    return bool(models.data)


async def warm_embeddings() -> int:
    client = ollama.AsyncClient(host=get_settings().ollama_host)
    res = await client.embed(model="nomic-embed-text", input=["warmup"])
    return len(res["embeddings"][0])


if __name__ == "__main__":
    ensure_local_models()
    print("groq ok" if asyncio.run(groq_reachable()) else "groq unreachable")
    print("embed dim", asyncio.run(warm_embeddings()))
