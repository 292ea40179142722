"""Local models through Ollama (llava, llama3.2-vision, moondream...)."""
from __future__ import annotations

import logging

import ollama

from .._image_utils import to_png_bytes
from .._settings import get_settings

logger = logging.getLogger(__name__)


def ensure_model(client: ollama.Client, model: str) -> None:
    names = {m.model for m in client.list().models}
    if model not in names:
        logger.info("pulling %s, this may take a while", model)
        client.pull(model)


def caption_local(client: ollama.Client, img, prompt: str, system: str | None = None) -> str:
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt, "images": [to_png_bytes(img)]})
    reply = client.chat(
        model=get_settings().ollama_model,
        messages=messages,
        options={"temperature": get_settings().temperature},
    )
    return reply.message.content


def quick_generate(prompt: str, img=None) -> str:
    """Module-level default client; used by the sample-data demo."""
    images = [to_png_bytes(img)] if img is not None else None
    out = ollama.generate(model=get_settings().ollama_model, prompt=prompt, images=images)
    return out.response


async def caption_many_async(frames, prompt: str, host: str | None = None, concurrency: int = 2) -> list[str]:
    """Caption several frames concurrently against a (remote) Ollama server."""
    import asyncio

    client = ollama.AsyncClient(host=host or get_settings().ollama_host)
    sem = asyncio.Semaphore(concurrency)

    async def _one(frame):
        async with sem:
            resp = await client.chat(
                model=get_settings().ollama_model,
                messages=[{"role": "user", "content": prompt, "images": [to_png_bytes(frame)]}],
            )
            return resp.message.content

    return await asyncio.gather(*(_one(f) for f in frames))
