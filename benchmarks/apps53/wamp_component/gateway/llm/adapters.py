"""Per-provider chat adapters.

Each adapter takes the async client (from the registry) plus a normalised list
of ``{"role": ..., "content": ...}`` messages and returns a ``ChatResult``.
Written before we had multi_model_service; the chat procedure still uses these
for the providers the service does not know about yet.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, AsyncIterator

from gateway.llm.registry import ProviderEntry


@dataclass
class ChatResult:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: Any = field(default=None, repr=False)

    def to_wamp(self) -> dict:
        return {
            "text": self.text,
            "model": self.model,
            "provider": self.provider,
            "usage": {"input": self.input_tokens, "output": self.output_tokens},
        }


def _split_system(messages: list[dict]) -> tuple[str | None, list[dict]]:
    system = None
    rest = []
    for m in messages:
        if m["role"] == "system":
            system = (system + "\n\n" if system else "") + m["content"]
        else:
            rest.append(m)
    return system, rest


async def openai_chat(client, messages: list[dict], model: str, **opts) -> ChatResult:
    resp = await client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=opts.get("temperature", 0.3),
        max_tokens=opts.get("max_tokens", 1024),
    )
    choice = resp.choices[0]
    return ChatResult(
        text=choice.message.content or "",
        model=resp.model,
        provider="openai",
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        raw=resp,
    )


async def anthropic_chat(client, messages: list[dict], model: str, **opts) -> ChatResult:
    system, rest = _split_system(messages)
    kwargs: dict[str, Any] = {
        "model": model,
        "max_tokens": opts.get("max_tokens", 1024),
        "messages": rest,
    }
    if system:
        kwargs["system"] = system
    msg = await client.messages.create(**kwargs)
    text = "".join(b.text for b in msg.content if b.type == "text")
    return ChatResult(text, msg.model, "anthropic", msg.usage.input_tokens, msg.usage.output_tokens, msg)


async def mistral_chat(client, messages: list[dict], model: str, **opts) -> ChatResult:
    resp = await client.chat.complete_async(
        model=model,
        messages=messages,
        temperature=opts.get("temperature", 0.3),
        max_tokens=opts.get("max_tokens", 1024),
    )
    return ChatResult(
        text=resp.choices[0].message.content,
        model=model,
        provider="mistral",
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        raw=resp,
    )


async def cerebras_chat(client, messages: list[dict], model: str, **opts) -> ChatResult:
    resp = await client.chat.completions.create(
        messages=messages,
        model=model,
        max_completion_tokens=opts.get("max_tokens", 1024),
    )
    return ChatResult(
        text=resp.choices[0].message.content,
        model=resp.model,
        provider="cerebras",
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        raw=resp,
    )


async def cohere_chat(client, messages: list[dict], model: str, **opts) -> ChatResult:
    resp = await client.chat(model=model, messages=messages)
    text = "".join(part.text for part in resp.message.content)
    tokens = resp.usage.billed_units if resp.usage else None
    return ChatResult(
        text=text,
        model=model,
        provider="cohere",
        input_tokens=int(tokens.input_tokens or 0) if tokens else 0,
        output_tokens=int(tokens.output_tokens or 0) if tokens else 0,
        raw=resp,
    )


ADAPTERS = {
    "openai": openai_chat,
    "anthropic": anthropic_chat,
    "mistral": mistral_chat,
    "cerebras": cerebras_chat,
    "cohere": cohere_chat,
}


async def run_chat(entry: ProviderEntry, messages: list[dict], model: str | None = None, **opts) -> ChatResult:
    adapter = ADAPTERS[entry.kind]
    return await adapter(entry.client, messages, model or entry.default_model, **opts)


async def stream_openai(client, messages: list[dict], model: str) -> AsyncIterator[str]:
    stream = await client.chat.completions.create(
        model=model, messages=messages, stream=True,
        stream_options={"include_usage": True},
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


async def stream_anthropic(client, messages: list[dict], model: str) -> AsyncIterator[str]:
    system, rest = _split_system(messages)
    async with client.messages.stream(
        model=model,
        max_tokens=2048,
        system=system or "You are a helpful assistant.",
        messages=rest,
    ) as stream:
        async for text in stream.text_stream:
            yield text


async def stream_mistral(client, messages: list[dict], model: str) -> AsyncIterator[str]:
    events = await client.chat.stream_async(model=model, messages=messages)
    async for event in events:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


STREAMERS = {
    "openai": stream_openai,
    "anthropic": stream_anthropic,
    "mistral": stream_mistral,
}
