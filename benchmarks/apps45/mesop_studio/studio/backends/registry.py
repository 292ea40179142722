"""Registry of model backends shown in the playground.

Each backend knows how to turn a list of chat messages into a completion and
how to stream one.  Pages look backends up by key (``"openai:gpt-4o-mini"``)
and never touch SDK clients directly -- at least that's the idea.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterator

from studio.backends import factories
from studio.backends.factories import (
    get_anthropic_client,
    get_deepseek_client,
    get_genai_client,
    get_mistral_client,
)

log = logging.getLogger(__name__)

Message = dict[str, str]


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object | None = None


@dataclass
class ModelBackend:
    key: str
    provider: str
    model: str
    label: str
    complete: Callable[..., Completion]
    stream: Callable[..., Iterator[str]] | None = None
    supports_system: bool = True
    tags: list[str] = field(default_factory=list)

    def run(self, messages: list[Message], **params) -> Completion:
        return self.complete(self.model, messages, **params)


# --------------------------------------------------------------------------
# Provider adapters
# --------------------------------------------------------------------------


def _split_system(messages: list[Message]) -> tuple[str | None, list[Message]]:
    system = None
    rest = []
    for m in messages:
        if m["role"] == "system":
            system = (system + "\n\n" if system else "") + m["content"]
        else:
            rest.append(m)
    return system, rest


def _openai_complete(model: str, messages: list[Message], temperature: float = 0.7,
                     max_tokens: int = 1024) -> Completion:
    resp = factories.get_openai_client().chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    usage = resp.usage
    return Completion(
        text=resp.choices[0].message.content or "",
        model=resp.model,
        input_tokens=usage.prompt_tokens if usage else 0,
        output_tokens=usage.completion_tokens if usage else 0,
        raw=resp,
    )


def _openai_stream(model: str, messages: list[Message], temperature: float = 0.7,
                   max_tokens: int = 1024) -> Iterator[str]:
    client = factories.get_openai_client()
    stream = client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
        stream=True,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def _anthropic_complete(model: str, messages: list[Message], temperature: float = 0.7,
                        max_tokens: int = 1024) -> Completion:
    system, rest = _split_system(messages)
    kwargs = {"system": system} if system else {}
    msg = get_anthropic_client().messages.create(
        model=model,
        max_tokens=max_tokens,
        temperature=temperature,
        messages=rest,
        **kwargs,
    )
    text = "".join(block.text for block in msg.content if block.type == "text")
    return Completion(
        text=text,
        model=msg.model,
        input_tokens=msg.usage.input_tokens,
        output_tokens=msg.usage.output_tokens,
        raw=msg,
    )


def _anthropic_stream(model: str, messages: list[Message], temperature: float = 0.7,
                      max_tokens: int = 1024) -> Iterator[str]:
    system, rest = _split_system(messages)
    client = get_anthropic_client()
    with client.messages.stream(
        model=model,
        max_tokens=max_tokens,
        temperature=temperature,
        system=system or "",
        messages=rest,
    ) as stream:
        for text in stream.text_stream:
            yield text


def _to_gemini_contents(messages: list[Message]) -> tuple[str | None, list[dict]]:
    system, rest = _split_system(messages)
    contents = [
        {"role": "model" if m["role"] == "assistant" else "user", "parts": [{"text": m["content"]}]}
        for m in rest
    ]
    return system, contents


def _gemini_complete(model: str, messages: list[Message], temperature: float = 0.7,
                     max_tokens: int = 1024) -> Completion:
    from google.genai import types

    system, contents = _to_gemini_contents(messages)
    resp = get_genai_client().models.generate_content(
        model=model,
        contents=contents,
        config=types.GenerateContentConfig(
            system_instruction=system,
            temperature=temperature,
            max_output_tokens=max_tokens,
        ),
    )
    meta = resp.usage_metadata
    return Completion(
        text=resp.text or "",
        model=model,
        input_tokens=(meta.prompt_token_count or 0) if meta else 0,
        output_tokens=(meta.candidates_token_count or 0) if meta else 0,
        raw=resp,
    )


def _gemini_stream(model: str, messages: list[Message], temperature: float = 0.7,
                   max_tokens: int = 1024) -> Iterator[str]:
    from google.genai import types

    system, contents = _to_gemini_contents(messages)
    client = get_genai_client()
    for chunk in client.models.generate_content_stream(
        model=model,
        contents=contents,
        config=types.GenerateContentConfig(
            system_instruction=system, temperature=temperature, max_output_tokens=max_tokens
        ),
    ):
        if chunk.text:
            yield chunk.text


def _mistral_complete(model: str, messages: list[Message], temperature: float = 0.7,
                      max_tokens: int = 1024) -> Completion:
    res = get_mistral_client().chat.complete(
        model=model, messages=messages, temperature=temperature, max_tokens=max_tokens
    )
    return Completion(
        text=res.choices[0].message.content or "",
        model=res.model,
        input_tokens=res.usage.prompt_tokens,
        output_tokens=res.usage.completion_tokens,
        raw=res,
    )


def _mistral_stream(model: str, messages: list[Message], temperature: float = 0.7,
                    max_tokens: int = 1024) -> Iterator[str]:
    mistral = get_mistral_client()
    for event in mistral.chat.stream(
        model=model, messages=messages, temperature=temperature, max_tokens=max_tokens
    ):
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


def _deepseek_complete(model: str, messages: list[Message], temperature: float = 0.7,
                       max_tokens: int = 1024) -> Completion:
    ds = get_deepseek_client()
    resp = ds.chat.completions.create(
        model=model, messages=messages, temperature=temperature, max_tokens=max_tokens
    )
    return Completion(
        text=resp.choices[0].message.content or "",
        model=resp.model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        raw=resp,
    )


# --------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------

_BACKENDS: dict[str, ModelBackend] = {}


def register(backend: ModelBackend) -> ModelBackend:
    if backend.key in _BACKENDS:
        log.warning("Backend %s registered twice; keeping the latest", backend.key)
    _BACKENDS[backend.key] = backend
    return backend


def get_backend(key: str) -> ModelBackend:
    try:
        return _BACKENDS[key]
    except KeyError:
        raise KeyError(f"Unknown backend {key!r}; known: {sorted(_BACKENDS)}") from None


def all_backends(provider: str | None = None) -> list[ModelBackend]:
    items = list(_BACKENDS.values())
    if provider:
        items = [b for b in items if b.provider == provider]
    return sorted(items, key=lambda b: (b.provider, b.label))


def _register_defaults() -> None:
    for model, label in [("gpt-4o-mini", "GPT-4o mini"), ("gpt-4o", "GPT-4o"), ("gpt-4.1", "GPT-4.1")]:
        register(ModelBackend(f"openai:{model}", "openai", model, label, _openai_complete, _openai_stream))
    for model, label in [
        ("claude-3-5-haiku-latest", "Claude 3.5 Haiku"),
        ("claude-3-5-sonnet-latest", "Claude 3.5 Sonnet"),
        ("claude-sonnet-4-20250514", "Claude Sonnet 4"),
    ]:
        register(ModelBackend(f"anthropic:{model}", "anthropic", model, label,
                              _anthropic_complete, _anthropic_stream))
    for model, label in [("gemini-2.0-flash", "Gemini 2.0 Flash"), ("gemini-2.5-pro", "Gemini 2.5 Pro")]:
        register(ModelBackend(f"google:{model}", "google", model, label, _gemini_complete, _gemini_stream))
    for model, label in [("mistral-large-latest", "Mistral Large"), ("mistral-small-latest", "Mistral Small")]:
        register(ModelBackend(f"mistral:{model}", "mistral", model, label,
                              _mistral_complete, _mistral_stream))
    # TODO(kai): streaming for deepseek -- reasoner returns reasoning_content deltas
    register(ModelBackend("deepseek:deepseek-chat", "deepseek", "deepseek-chat", "DeepSeek V3",
                          _deepseek_complete, None, tags=["cheap"]))
    register(ModelBackend("deepseek:deepseek-reasoner", "deepseek", "deepseek-reasoner",
                          "DeepSeek R1", _deepseek_complete, None, supports_system=False,
                          tags=["reasoning"]))


_register_defaults()
