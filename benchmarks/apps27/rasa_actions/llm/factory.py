"""Pick a chat backend from ``LLM_PROVIDER``.

Most actions don't care which vendor answers; they call
``get_chat_backend().complete(messages)`` and get text back. The concrete
backends are thin adapters over the SDK clients from ``llm.clients``.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Protocol

from llm.clients import (
    anthropic_client,
    get_hf_client,
    get_mistral_client,
    get_ollama_client,
    openai_client,
)
from llm.config import get_settings

logger = logging.getLogger(__name__)

Message = Dict[str, str]


class ChatBackend(Protocol):
    name: str

    def complete(self, messages: List[Message], **kwargs: Any) -> str:
        ...


def _split_system(messages: List[Message]):
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


class OpenAIBackend:
    name = "openai"

    def __init__(self, client, model: str, temperature: float) -> None:
        self._client = client
        self._model = model
        self._temperature = temperature

    def complete(self, messages: List[Message], **kwargs: Any) -> str:
        resp = self._client.chat.completions.create(
            model=kwargs.pop("model", self._model),
            messages=messages,
            temperature=kwargs.pop("temperature", self._temperature),
            **kwargs,
        )
        return resp.choices[0].message.content or ""


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, client, model: str, temperature: float) -> None:
        self._client = client
        self._model = model
        self._temperature = temperature

    def complete(self, messages: List[Message], **kwargs: Any) -> str:
        system, rest = _split_system(messages)
        max_tokens = kwargs.pop("max_tokens", 512)
        msg = self._client.messages.create(
            model=self._model,
            system=system or None,
            messages=rest,
            max_tokens=max_tokens,
            temperature=kwargs.pop("temperature", self._temperature),
        )
        return "".join(block.text for block in msg.content if block.type == "text")


class MistralBackend:
    name = "mistral"

    def __init__(self, client, model: str, temperature: float) -> None:
        self._client = client
        self._model = model
        self._temperature = temperature

    def complete(self, messages: List[Message], **kwargs: Any) -> str:
        res = self._client.chat.complete(
            model=self._model,
            messages=messages,
            temperature=kwargs.get("temperature", self._temperature),
            max_tokens=kwargs.get("max_tokens"),
        )
        return res.choices[0].message.content


class OllamaBackend:
    """Self-hosted llama for on-prem deployments (DT and some MVNO tenants)."""

    name = "ollama"

    def __init__(self, client, model: str, temperature: float) -> None:
        self._client = client
        self._model = model
        self._temperature = temperature

    def complete(self, messages: List[Message], **kwargs: Any) -> str:
        resp = self._client.chat(
            model=self._model,
            messages=messages,
            options={"temperature": kwargs.get("temperature", self._temperature)},
        )
        return resp["message"]["content"]


class HuggingFaceBackend:
    name = "huggingface"

    def __init__(self, client, temperature: float) -> None:
        self._client = client
        self._temperature = temperature

    def complete(self, messages: List[Message], **kwargs: Any) -> str:
        out = self._client.chat_completion(
            messages,
            max_tokens=kwargs.get("max_tokens", 512),
            temperature=kwargs.get("temperature", self._temperature),
        )
        return out.choices[0].message.content


_BACKENDS: Dict[str, ChatBackend] = {}


def get_chat_backend(name: Optional[str] = None) -> ChatBackend:
    settings = get_settings()
    name = (name or settings.provider).lower()
    if name in _BACKENDS:
        return _BACKENDS[name]

    t = settings.temperature
    if name == "openai":
        backend: ChatBackend = OpenAIBackend(openai_client, settings.model_for("openai"), t)
    elif name == "anthropic":
        backend = AnthropicBackend(anthropic_client, settings.model_for("anthropic"), t)
    elif name == "mistral":
        backend = MistralBackend(get_mistral_client(), settings.model_for("mistral"), t)
    elif name == "ollama":
        backend = OllamaBackend(get_ollama_client(), settings.model_for("ollama"), t)
    elif name in ("hf", "huggingface"):
        backend = HuggingFaceBackend(get_hf_client(), t)
    else:
        raise ValueError(f"unknown LLM_PROVIDER {name!r}")

    logger.info("chat backend: %s", backend.name)
    _BACKENDS[name] = backend
    return backend
