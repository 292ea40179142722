"""Streams model output into the notebook cell as it arrives.

Historically the kernel streamed straight from the SDKs here; the backends
now have a ``stream()`` method, but the async paths below are still used by
``%%compare --stream`` and the experimental async execute.
"""
from __future__ import annotations

from typing import Callable

from .backends.clients import (
    get_async_anthropic_client,
    get_async_ollama_client,
    get_async_openai_client,
    get_genai_client,
    get_mistral_client,
)

Write = Callable[[str], None]


def stream_backend(backend, messages, system, write: Write) -> str:
    parts = []
    for delta in backend.stream(messages, system=system):
        parts.append(delta)
        write(delta)
    return "".join(parts)


async def astream_anthropic(messages: list[dict], system: str, model: str, write: Write) -> str:
    client = get_async_anthropic_client()
    chunks: list[str] = []
    async with client.messages.stream(
        model=model, max_tokens=2048, system=system, messages=messages
    ) as stream:
        async for text in stream.text_stream:
            chunks.append(text)
            write(text)
    return "".join(chunks)


async def astream_google(prompt: str, model: str, write: Write) -> str:
    out = []
    async for chunk in await get_genai_client().aio.models.generate_content_stream(model=model, contents=prompt):
        if chunk.text:
            out.append(chunk.text)
            write(chunk.text)
    return "".join(out)


async def astream_ollama(messages: list[dict], model: str, write: Write) -> str:
    client = get_async_ollama_client()
    out = []
    async for part in await client.chat(model=model, messages=messages, stream=True):
        delta = part.message.content
        out.append(delta)
        write(delta)
    return "".join(out)


async def astream_openai(messages: list[dict], model: str, write: Write) -> str:
    client = get_async_openai_client()
    stream = await client.chat.completions.create(
        model=model,
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
    )
    out = []
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            out.append(chunk.choices[0].delta.content)
            write(chunk.choices[0].delta.content)
    return "".join(out)


async def astream_mistral(messages: list[dict], model: str, write: Write) -> str:
    client = get_mistral_client()
    out = []
    response = await client.chat.stream_async(model=model, messages=messages)
    async for event in response:
        delta = event.data.choices[0].delta.content
        if delta:
            out.append(delta)
            write(delta)
    return "".join(out)


ASYNC_STREAMERS = {
    "anthropic": astream_anthropic,
    "openai": astream_openai,
    "mistral": astream_mistral,
    "ollama": astream_ollama,
}
