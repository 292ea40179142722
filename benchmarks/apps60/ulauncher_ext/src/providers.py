"""Provider switch.

`complete(pool, provider, messages, ...)` dispatches to the right SDK. Each
backend returns a `Completion` so callers never look at SDK objects.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

from .clients import ClientPool

log = logging.getLogger(__name__)

Message = Dict[str, str]


@dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    citations: Optional[List[str]] = None


def _split_system(messages: List[Message]):
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


def _openai_backend(pool: ClientPool, messages, model, max_tokens, temperature) -> Completion:
    resp = pool.openai.chat.completions.create(
        model=model,
        messages=messages,
        max_tokens=max_tokens,
        temperature=temperature,
    )
    usage = resp.usage
    return Completion(
        text=resp.choices[0].message.content or "",
        provider="openai",
        model=resp.model,
        input_tokens=usage.prompt_tokens if usage else 0,
        output_tokens=usage.completion_tokens if usage else 0,
    )


def _anthropic_backend(pool: ClientPool, messages, model, max_tokens, temperature) -> Completion:
    system, rest = _split_system(messages)
    client = pool.anthropic
    kwargs = dict(model=model, max_tokens=max_tokens, messages=rest, temperature=temperature)
    if system:
        kwargs["system"] = system
    msg = client.messages.create(**kwargs)
    text = "".join(block.text for block in msg.content if block.type == "text")
    return Completion(
        text=text,
        provider="anthropic",
        model=msg.model,
        input_tokens=msg.usage.input_tokens,
        output_tokens=msg.usage.output_tokens,
    )


def _groq_backend(pool: ClientPool, messages, model, max_tokens, temperature) -> Completion:
    groq_client = pool.get("groq")
    resp = groq_client.chat.completions.create(
        messages=messages, model=model, max_tokens=max_tokens, temperature=temperature
    )
    return Completion(
        text=resp.choices[0].message.content or "",
        provider="groq",
        model=model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
    )


def _mistral_backend(pool: ClientPool, messages, model, max_tokens, temperature) -> Completion:
    res = pool.mistral.chat.complete(
        model=model, messages=messages, max_tokens=max_tokens, temperature=temperature
    )
    choice = res.choices[0]
    return Completion(
        text=choice.message.content if isinstance(choice.message.content, str) else "",
        provider="mistral",
        model=model,
        input_tokens=res.usage.prompt_tokens,
        output_tokens=res.usage.completion_tokens,
    )


def _perplexity_backend(pool: ClientPool, messages, model, max_tokens, temperature) -> Completion:
    client = pool.perplexity
    resp = client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
    citations = getattr(resp, "citations", None)
    return Completion(
        text=resp.choices[0].message.content or "",
        provider="perplexity",
        model=model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        citations=list(citations) if citations else None,
    )


BACKENDS: Dict[str, Callable[..., Completion]] = {
    "openai": _openai_backend,
    "anthropic": _anthropic_backend,
    "groq": _groq_backend,
    "mistral": _mistral_backend,
    "perplexity": _perplexity_backend,
}


def complete(
    pool: ClientPool,
    messages: List[Message],
    provider: Optional[str] = None,
    model: Optional[str] = None,
    max_tokens: Optional[int] = None,
    temperature: float = 0.3,
) -> Completion:
    settings = pool.settings
    provider = provider or settings.provider
    model = model or settings.effective_model
    backend = BACKENDS.get(provider)
    if backend is None:
        raise ValueError(f"unknown provider {provider!r}")
    log.debug("complete via %s/%s", provider, model)
    return backend(pool, messages, model, max_tokens or settings.max_tokens, temperature)
