"""Provider registry used by the model picker and the prompt-eval script.

Each provider exposes ``complete(messages, model, **opts) -> Completion``.
TODO(rk): move these onto multi_model_service once it supports every vendor.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Protocol

from google.genai import types as genai_types
from xai_sdk.chat import assistant, system, user

from counseldesk.services.clients import (
    get_anthropic_client,
    get_genai_client,
    get_ollama_client,
    get_openai_client,
    get_perplexity_client,
    get_xai_client,
)

log = logging.getLogger(__name__)

Message = dict[str, str]


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    citations: list[str] = field(default_factory=list)


class CompleteFn(Protocol):
    def __call__(self, messages: list[Message], model: str, **opts) -> Completion: ...


def _split_system(messages: list[Message]) -> tuple[str | None, list[Message]]:
    system_parts = [m["content"] for m in messages if m["role"] == "system"]
    rest = [m for m in messages if m["role"] != "system"]
    return ("\n\n".join(system_parts) or None), rest


def _openai_complete(messages: list[Message], model: str, **opts) -> Completion:
    resp = get_openai_client().chat.completions.create(
        model=model,
        messages=messages,
        temperature=opts.get("temperature", 0.2),
        max_tokens=opts.get("max_tokens", 1200),
    )
    return Completion(
        text=resp.choices[0].message.content or "",
        model=resp.model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
    )


def _anthropic_complete(messages: list[Message], model: str, **opts) -> Completion:
    system_prompt, rest = _split_system(messages)
    kwargs = {"system": system_prompt} if system_prompt else {}
    msg = get_anthropic_client().messages.create(
        model=model,
        max_tokens=opts.get("max_tokens", 1200),
        temperature=opts.get("temperature", 0.2),
        messages=rest,
        **kwargs,
    )
    text = "".join(b.text for b in msg.content if b.type == "text")
    return Completion(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens)


def _gemini_complete(messages: list[Message], model: str, **opts) -> Completion:
    system_prompt, rest = _split_system(messages)
    contents = [
        genai_types.Content(role="model" if m["role"] == "assistant" else "user", parts=[genai_types.Part(text=m["content"])])
        for m in rest
    ]
    client = get_genai_client()
    resp = client.models.generate_content(
        model=model,
        contents=contents,
        config=genai_types.GenerateContentConfig(
            system_instruction=system_prompt,
            temperature=opts.get("temperature", 0.2),
            max_output_tokens=opts.get("max_tokens", 1200),
        ),
    )
    meta = resp.usage_metadata
    return Completion(resp.text or "", model, meta.prompt_token_count or 0, meta.candidates_token_count or 0)


_XAI_ROLES = {"system": system, "user": user, "assistant": assistant}


def _xai_complete(messages: list[Message], model: str, **opts) -> Completion:
    chat = get_xai_client().chat.create(model=model, temperature=opts.get("temperature", 0.2))
    for m in messages:
        chat.append(_XAI_ROLES[m["role"]](m["content"]))
    response = chat.sample()
    return Completion(
        text=response.content,
        model=model,
        input_tokens=response.usage.prompt_tokens,
        output_tokens=response.usage.completion_tokens,
    )


def _perplexity_complete(messages: list[Message], model: str, **opts) -> Completion:
    resp = get_perplexity_client().chat.completions.create(model=model, messages=messages)
    citations = list(getattr(resp, "citations", None) or [])
    return Completion(
        text=resp.choices[0].message.content or "",
        model=model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        citations=citations,
    )


def _ollama_complete(messages: list[Message], model: str, **opts) -> Completion:
    client = get_ollama_client()
    resp = client.chat(model=model, messages=messages, options={"temperature": opts.get("temperature", 0.2)})
    return Completion(
        text=resp.message.content,
        model=model,
        input_tokens=resp.prompt_eval_count or 0,
        output_tokens=resp.eval_count or 0,
    )


@dataclass(frozen=True)
class ProviderSpec:
    name: str
    label: str
    default_model: str
    complete: Callable[..., Completion]
    local: bool = False
    models: tuple[str, ...] = ()


PROVIDERS: dict[str, ProviderSpec] = {
    "openai": ProviderSpec("openai", "OpenAI", "gpt-4.1", _openai_complete, models=("gpt-4.1", "gpt-4.1-mini")),
    "anthropic": ProviderSpec(
        "anthropic", "Anthropic", "claude-sonnet-4-5", _anthropic_complete, models=("claude-sonnet-4-5", "claude-haiku-4-5")
    ),
    "google": ProviderSpec("google", "Gemini", "gemini-2.5-flash", _gemini_complete, models=("gemini-2.5-pro", "gemini-2.5-flash")),
    "xai": ProviderSpec("xai", "Grok", "grok-4", _xai_complete, models=("grok-4", "grok-3-mini")),
    "perplexity": ProviderSpec("perplexity", "Perplexity", "sonar-pro", _perplexity_complete, models=("sonar", "sonar-pro")),
    "ollama": ProviderSpec("ollama", "Local (Ollama)", "llama3.1:8b", _ollama_complete, local=True),
}


def get_provider(name: str) -> ProviderSpec:
    try:
        return PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; known: {', '.join(PROVIDERS)}") from None


def complete(provider: str, messages: list[Message], model: str | None = None, **opts) -> Completion:
    spec = get_provider(provider)
    return spec.complete(messages, model or spec.default_model, **opts)
