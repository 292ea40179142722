"""Streaming helpers for the chat page.  The GUI pushes partial text into the
state every few tokens via ``invoke_callback``."""
from __future__ import annotations

from typing import Callable, Iterator

from anthropic import Anthropic
from openai import OpenAI


def stream_openai(client: OpenAI, model: str, messages: list[dict]) -> Iterator[str]:
    stream = client.chat.completions.create(model=model, messages=messages, stream=True)
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def stream_claude(client: Anthropic, model: str, system: str, messages: list[dict]) -> Iterator[str]:
    with client.messages.stream(model=model, max_tokens=2048, system=system, messages=messages) as stream:
        for text in stream.text_stream:
            yield text


def pump(chunks: Iterator[str], on_text: Callable[[str], None], every: int = 8) -> str:
    buf: list[str] = []
    for i, piece in enumerate(chunks):
        buf.append(piece)
        if i % every == 0:
            on_text("".join(buf))
    text = "".join(buf)
    on_text(text)
    return text
