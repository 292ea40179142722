"""Claude helpers."""
from __future__ import annotations

from typing import Callable

from research_assistant.providers import factory
from research_assistant.state import state


def _split_system(messages: list[dict]) -> tuple[str, list[dict]]:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


def claude_complete(messages: list[dict], max_tokens: int = 1024, temperature: float = 0.3) -> str:
    system, rest = _split_system(messages)
    client = factory.get_anthropic_client()
    msg = client.messages.create(
        model=state.settings.claude_model,
        max_tokens=max_tokens,
        system=system or anthropic_default_system(),
        messages=rest,
        temperature=temperature,
    )
    return "".join(b.text for b in msg.content if b.type == "text")


def claude_stream(messages: list[dict], on_delta: Callable[[str], None]) -> str:
    system, rest = _split_system(messages)
    parts: list[str] = []
    with factory.get_anthropic_client().messages.stream(
        model=state.settings.claude_model,
        max_tokens=2048,
        system=system,
        messages=rest,
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
            on_delta(text)
    return "".join(parts)


def count_prompt_tokens(messages: list[dict]) -> int:
    system, rest = _split_system(messages)
    res = factory.get_anthropic_client().messages.count_tokens(
        model=state.settings.claude_model, system=system, messages=rest
    )
    return res.input_tokens


def anthropic_default_system() -> str:
    return "You are a careful research assistant. Cite page numbers when given."
