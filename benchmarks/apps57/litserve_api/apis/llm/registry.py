"""Provider registry: maps a provider name to a (client, chat function) pair.

Used by the answer stage so the answering model can be switched from config
without touching the LitAPI classes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from apis.llm import factories


@dataclass
class ChatResult:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: Any = None


def _openai_chat(client, model: str, messages: list[dict], **kw) -> ChatResult:
    resp = client.chat.completions.create(model=model, messages=messages, **kw)
    return ChatResult(
        text=resp.choices[0].message.content or "",
        provider="openai",
        model=model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        raw=resp,
    )


def _anthropic_chat(client, model: str, messages: list[dict], max_tokens: int = 1024, **kw) -> ChatResult:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    turns = [m for m in messages if m["role"] != "system"]
    resp = client.messages.create(
        model=model, system=system, messages=turns, max_tokens=max_tokens, **kw
    )
    return ChatResult(
        text="".join(b.text for b in resp.content if b.type == "text"),
        provider="anthropic",
        model=model,
        input_tokens=resp.usage.input_tokens,
        output_tokens=resp.usage.output_tokens,
        raw=resp,
    )


def _cohere_chat(client, model: str, messages: list[dict], **kw) -> ChatResult:
    resp = client.chat(model=model, messages=messages, **kw)
    tokens = resp.usage.tokens if resp.usage else None
    return ChatResult(
        text=resp.message.content[0].text,
        provider="cohere",
        model=model,
        input_tokens=int(tokens.input_tokens or 0) if tokens else 0,
        output_tokens=int(tokens.output_tokens or 0) if tokens else 0,
        raw=resp,
    )


def _mistral_chat(client, model: str, messages: list[dict], **kw) -> ChatResult:
    resp = client.chat.complete(model=model, messages=messages, **kw)
    return ChatResult(
        text=resp.choices[0].message.content,
        provider="mistral",
        model=model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        raw=resp,
    )


def _cerebras_chat(client, model: str, messages: list[dict], **kw) -> ChatResult:
    resp = client.chat.completions.create(model=model, messages=messages, **kw)
    return ChatResult(text=resp.choices[0].message.content, provider="cerebras", model=model, raw=resp)


@dataclass
class ProviderEntry:
    name: str
    client_factory: Callable[[], Any]
    chat_fn: Callable[..., ChatResult]
    default_model: str
    _client: Any = field(default=None, repr=False)

    @property
    def client(self):
        if self._client is None:
            self._client = self.client_factory()
        return self._client

    def chat(self, messages: list[dict], model: str | None = None, **kw) -> ChatResult:
        return self.chat_fn(self.client, model or self.default_model, messages, **kw)


PROVIDERS: dict[str, ProviderEntry] = {
    "openai": ProviderEntry("openai", factories.get_openai_client, _openai_chat, "gpt-4o-mini"),
    "anthropic": ProviderEntry(
        "anthropic", factories.get_anthropic_client, _anthropic_chat, "claude-3-5-sonnet-20241022"
    ),
    "cohere": ProviderEntry("cohere", factories.get_cohere_client, _cohere_chat, "command-r-plus"),
    "mistral": ProviderEntry("mistral", factories.get_mistral_client, _mistral_chat, "mistral-large-latest"),
    "cerebras": ProviderEntry("cerebras", factories.get_cerebras_client, _cerebras_chat, "llama3.1-70b"),
}


def get_provider(name: str) -> ProviderEntry:
    try:
        return PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; known: {sorted(PROVIDERS)}") from None


def client_for(name: str):
    return get_provider(name).client
