"""Streaming helpers that yield plain text deltas, plus SSE framing."""
from __future__ import annotations

import functools
import json
from typing import Dict, Iterable, Iterator, List, Optional

from openai import OpenAI

from llmkit.container import get_container

Messages = List[Dict[str, str]]


def stream_openai_tokens(client: OpenAI, messages: Messages, model: str,
                         temperature: float = 0.3) -> Iterator[str]:
    stream = client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
        stream=True,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def stream_groq(messages: Messages, model: Optional[str] = None) -> Iterator[str]:
    container = get_container()
    groq = container.get("groq")
    for chunk in groq.chat.completions.create(
        model=model or container.settings.groq_model,
        messages=messages,
        stream=True,
    ):
        delta = chunk.choices[0].delta.content if chunk.choices else None
        if delta:
            yield delta


def stream_hf(messages: Messages, model: Optional[str] = None, max_tokens: int = 512) -> Iterator[str]:
    container = get_container()
    hf = container.get("huggingface")
    chat = functools.partial(
        hf.chat_completion,
        model=model or container.settings.hf_chat_model,
        max_tokens=max_tokens,
        stream=True,
    )
    for chunk in chat(messages):
        delta = chunk.choices[0].delta.content
        if delta:
            yield delta


def sse(deltas: Iterable[str], event: str = "delta") -> Iterator[str]:
    """Frame text deltas as server-sent events."""
    for delta in deltas:
        yield f"event: {event}\ndata: {json.dumps({'text': delta})}\n\n"
    yield "event: done\ndata: {}\n\n"
