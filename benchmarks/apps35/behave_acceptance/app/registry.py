"""Provider registry used by the vendor comparison report.

Each entry knows how to send a single-turn prompt to one vendor.  Note that
`ProviderEntry.create()` builds a registry entry; it is not a model call.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from app.clients import (
    get_anthropic_client,
    get_azure_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_groq_client,
    get_openai_client,
)
from app.config import get_settings


@dataclass
class ProviderEntry:
    name: str
    model: str
    factory: Callable[[], Any]

    @classmethod
    def create(cls, name: str, model: str, factory: Callable[[], Any]) -> "ProviderEntry":
        return cls(name=name, model=model, factory=factory)

    @property
    def client(self):
        return self.factory()


def _build() -> dict[str, ProviderEntry]:
    s = get_settings()
    entries = [
        ProviderEntry.create("openai", s.openai_model, get_openai_client),
        ProviderEntry.create("azure", s.azure_chat_deployment, get_azure_client),
        ProviderEntry.create("anthropic", s.anthropic_model, get_anthropic_client),
        ProviderEntry.create("groq", s.groq_model, get_groq_client),
        ProviderEntry.create("cohere", "command-r-plus-08-2024", get_cohere_client),
        ProviderEntry.create("bedrock", s.bedrock_model_id, get_bedrock_runtime),
    ]
    return {e.name: e for e in entries}


PROVIDERS: dict[str, ProviderEntry] = _build()


def ask_openai_compatible(entry: ProviderEntry, prompt: str) -> str:
    """openai, azure and groq share the chat.completions surface."""
    resp = entry.client.chat.completions.create(
        model=entry.model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=300,
    )
    return resp.choices[0].message.content


def ask(name: str, prompt: str) -> str:
    entry = PROVIDERS[name]
    if name in ("openai", "azure", "groq"):
        return ask_openai_compatible(entry, prompt)
    if name == "anthropic":
        msg = entry.client.messages.create(
            model=entry.model,
            max_tokens=300,
            messages=[{"role": "user", "content": prompt}],
        )
        return msg.content[0].text
    if name == "cohere":
        res = entry.client.chat(
            model=entry.model,
            messages=[{"role": "user", "content": prompt}],
        )
        return res.message.content[0].text
    if name == "bedrock":
        out = entry.client.converse(
            modelId=entry.model,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
        )
        return out["output"]["message"]["content"][0]["text"]
    raise KeyError(name)
