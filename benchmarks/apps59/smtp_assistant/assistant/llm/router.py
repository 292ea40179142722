"""Provider router: one `complete()` entry point over several vendors.

The table of handlers is keyed by provider name so the rules engine can pick a
provider per action ("summarise with gemini", "draft with claude", ...).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from assistant.config import get_settings
from assistant.llm.clients import (
    get_anthropic_client,
    get_gemini_client,
    get_openai_client,
    get_perplexity_client,
    make_hf_client,
)

log = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


def _openai(messages: list[dict], model: str | None, max_tokens: int) -> Completion:
    model = model or get_settings().openai_model
    resp = get_openai_client().chat.completions.create(
        model=model,
        messages=messages,
        max_tokens=max_tokens,
        temperature=0.2,
    )
    usage = resp.usage
    return Completion(
        text=resp.choices[0].message.content or "",
        provider="openai",
        model=model,
        input_tokens=usage.prompt_tokens if usage else 0,
        output_tokens=usage.completion_tokens if usage else 0,
    )


def _anthropic(messages: list[dict], model: str | None, max_tokens: int) -> Completion:
    model = model or get_settings().anthropic_model
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    convo = [m for m in messages if m["role"] != "system"]
    client = get_anthropic_client()
    msg = client.messages.create(
        model=model,
        max_tokens=max_tokens,
        system=system,
        messages=convo,
    )
    text = "".join(block.text for block in msg.content if block.type == "text")
    return Completion(text, "anthropic", model, msg.usage.input_tokens, msg.usage.output_tokens)


def _gemini(messages: list[dict], model: str | None, max_tokens: int) -> Completion:
    from google.genai import types

    model = model or get_settings().gemini_model
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    contents = [
        types.Content(role="model" if m["role"] == "assistant" else "user", parts=[types.Part(text=m["content"])])
        for m in messages
        if m["role"] != "system"
    ]
    resp = get_gemini_client().models.generate_content(
        model=model,
        contents=contents,
        config=types.GenerateContentConfig(system_instruction=system or None, max_output_tokens=max_tokens),
    )
    meta = resp.usage_metadata
    return Completion(
        resp.text or "",
        "google",
        model,
        getattr(meta, "prompt_token_count", 0) or 0,
        getattr(meta, "candidates_token_count", 0) or 0,
    )


def _perplexity(messages: list[dict], model: str | None, max_tokens: int) -> Completion:
    model = model or get_settings().perplexity_model
    pplx = get_perplexity_client()
    resp = pplx.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
    return Completion(resp.choices[0].message.content or "", "perplexity", model,
                      resp.usage.prompt_tokens, resp.usage.completion_tokens)


def _huggingface(messages: list[dict], model: str | None, max_tokens: int) -> Completion:
    hf = make_hf_client(model)
    out = hf.chat_completion(messages=messages, max_tokens=max_tokens)
    usage = out.usage
    return Completion(
        out.choices[0].message.content or "",
        "huggingface",
        model or get_settings().hf_model,
        usage.prompt_tokens if usage else 0,
        usage.completion_tokens if usage else 0,
    )


Handler = Callable[[list[dict], "str | None", int], Completion]


class ProviderRouter:
    """Dispatch by provider name with an ordered fallback chain."""

    def __init__(self, handlers: dict[str, Handler] | None = None, fallback: list[str] | None = None):
        self.handlers: dict[str, Handler] = dict(handlers or {})
        self.fallback = fallback or ["openai", "anthropic", "google"]

    def register(self, name: str, handler: Handler) -> None:
        self.handlers[name] = handler

    def available(self) -> list[str]:
        return sorted(self.handlers)

    def complete(self, messages: list[dict], provider: str | None = None, model: str | None = None,
                 max_tokens: int = 800) -> Completion:
        order = [provider] if provider else []
        order += [p for p in self.fallback if p not in order]
        last_exc: Exception | None = None
        for name in order:
            handler = self.handlers.get(name)
            if handler is None:
                continue
            try:
                return handler(messages, model if name == provider else None, max_tokens)
            except Exception as exc:  # noqa: BLE001 - any vendor error falls through
                log.warning("provider %s failed: %s", name, exc)
                last_exc = exc
        raise RuntimeError(f"all providers failed (tried {order})") from last_exc


default_router = ProviderRouter(
    handlers={
        "openai": _openai,
        "anthropic": _anthropic,
        "google": _gemini,
        "perplexity": _perplexity,
        "huggingface": _huggingface,
    }
)
