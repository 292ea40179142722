"""Streaming helpers that turn provider streams into SSE frames."""
import logging
from typing import AsyncIterator, Iterator

from lib.http_utils import sse_event

log = logging.getLogger(__name__)


def stream_chat(client, model: str, messages: list[dict], **params) -> Iterator[str]:
    """Stream an OpenAI chat completion as SSE `delta` events, then a `done` event."""
    stream = client.chat.completions.create(
        model=model,
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
        **params,
    )
    usage = None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta.content
        if delta:
            yield sse_event({"delta": delta})
    yield sse_event(
        {"usage": usage.model_dump() if usage else None},
        event="done",
    )


def stream_anthropic(client, model: str, system: str, messages: list[dict], max_tokens: int = 1024) -> Iterator[str]:
    with client.messages.stream(
        model=model,
        system=system,
        messages=messages,
        max_tokens=max_tokens,
    ) as stream:
        for text in stream.text_stream:
            yield sse_event({"delta": text})
        final = stream.get_final_message()
    yield sse_event(
        {"usage": {"input_tokens": final.usage.input_tokens, "output_tokens": final.usage.output_tokens}},
        event="done",
    )


def stream_mistral(client, model: str, messages: list[dict], temperature: float = 0.3) -> Iterator[str]:
    response = client.chat.stream(model=model, messages=messages, temperature=temperature)
    for event in response:
        choice = event.data.choices[0]
        if choice.delta.content:
            yield sse_event({"delta": choice.delta.content})
    yield sse_event({}, event="done")


async def astream_chat(client, model: str, messages: list[dict], **params) -> AsyncIterator[str]:
    """Async variant used by the FastAPI functions (StreamingResponse)."""
    stream = await client.chat.completions.create(model=model, messages=messages, stream=True, **params)
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield sse_event({"delta": chunk.choices[0].delta.content})
    yield sse_event({}, event="done")
