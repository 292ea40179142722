"""Provider registry for the admin "compare answers" page and evals.

Each entry takes (factory, messages, **opts) and returns (text, usage)
where usage is (input_tokens, output_tokens).  Register new providers with
the decorator; the admin page lists ``PROVIDERS.keys()``.
"""

from __future__ import annotations

import logging
from typing import Callable

log = logging.getLogger(__name__)

ChatFn = Callable[..., tuple[str, tuple[int, int]]]
PROVIDERS: dict[str, ChatFn] = {}


def register(name: str):
    def deco(fn: ChatFn) -> ChatFn:
        if name in PROVIDERS:
            raise ValueError(f"provider {name} registered twice")
        PROVIDERS[name] = fn
        return fn

    return deco


def _split_system(messages: list[dict]) -> tuple[str | None, list[dict]]:
    system = None
    rest = []
    for m in messages:
        if m["role"] == "system":
            system = m["content"] if system is None else f"{system}\n{m['content']}"
        else:
            rest.append(m)
    return system, rest


@register("openai")
def _openai_chat(factory, messages, model=None, max_tokens=700):
    client = factory.openai()
    resp = client.chat.completions.create(
        model=model or factory.settings.openai_model,
        messages=messages,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content, (resp.usage.prompt_tokens, resp.usage.completion_tokens)


@register("azure")
def _azure_chat(factory, messages, model=None, max_tokens=700):
    resp = factory.azure().chat.completions.create(
        model=model or factory.settings.azure_deployment,
        messages=messages,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content, (resp.usage.prompt_tokens, resp.usage.completion_tokens)


@register("anthropic")
def _anthropic_chat(factory, messages, model=None, max_tokens=700):
    system, rest = _split_system(messages)
    kwargs = {"system": system} if system else {}
    resp = factory.anthropic().messages.create(
        model=model or factory.settings.anthropic_model,
        max_tokens=max_tokens,
        messages=rest,
        **kwargs,
    )
    text = "".join(b.text for b in resp.content if b.type == "text")
    return text, (resp.usage.input_tokens, resp.usage.output_tokens)


@register("mistral")
def _mistral_chat(factory, messages, model=None, max_tokens=700):
    resp = factory.mistral().chat.complete(
        model=model or factory.settings.mistral_model,
        messages=messages,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content, (resp.usage.prompt_tokens, resp.usage.completion_tokens)


@register("cohere")
def _cohere_chat(factory, messages, model=None, max_tokens=700):
    co = factory.cohere()
    resp = co.chat(model=model or factory.settings.cohere_chat_model, messages=messages, max_tokens=max_tokens)
    text = "".join(part.text for part in resp.message.content if part.type == "text")
    billed = resp.usage.billed_units
    return text, (int(billed.input_tokens or 0), int(billed.output_tokens or 0))


@register("ollama")
def _ollama_chat(factory, messages, model=None, max_tokens=700):
    resp = factory.ollama().chat(
        model=model or factory.settings.ollama_model,
        messages=messages,
        options={"num_predict": max_tokens},
    )
    return resp["message"]["content"], (resp.get("prompt_eval_count", 0), resp.get("eval_count", 0))


@register("watsonx")
def _watsonx_chat(factory, messages, model=None, max_tokens=700):
    resp = factory.watsonx_model(model).chat(messages=messages, params={"max_tokens": max_tokens})
    usage = resp.get("usage", {})
    return resp["choices"][0]["message"]["content"], (usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))


def call_provider(name: str, factory, messages: list[dict], **opts):
    try:
        fn = PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; known: {', '.join(sorted(PROVIDERS))}") from None
    log.info("registry call provider=%s", name)
    return fn(factory, messages, **opts)
