"""Provider registry: maps a provider name to a chat adapter with a common interface."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterator

from research_assistant.core.clients import (
    get_anthropic_client,
    get_ollama_client,
    get_openai_client,
    make_gemini_model,
)

log = logging.getLogger(__name__)


@dataclass
class ChatResult:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object = None


@dataclass
class ProviderSpec:
    name: str
    label: str
    models: list[str]
    factory: Callable[[], "BaseAdapter"]
    local: bool = False
    tags: set[str] = field(default_factory=set)


class BaseAdapter:
    provider = "base"

    def complete(self, model: str, messages: list[dict], **kwargs) -> ChatResult:
        raise NotImplementedError

    def stream(self, model: str, messages: list[dict], **kwargs) -> Iterator[str]:
        result = self.complete(model, messages, **kwargs)
        yield result.text


class OpenAIChatAdapter(BaseAdapter):
    provider = "openai"

    def __init__(self, client):
        self.client = client

    def complete(self, model, messages, **kwargs):
        resp = self.client.chat.completions.create(
            model=model,
            messages=messages,
            temperature=kwargs.get("temperature", 0.3),
            max_tokens=kwargs.get("max_tokens", 1024),
        )
        usage = resp.usage
        return ChatResult(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.provider,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            raw=resp,
        )

    def stream(self, model, messages, **kwargs):
        stream = self.client.chat.completions.create(
            model=model, messages=messages, stream=True,
            temperature=kwargs.get("temperature", 0.3),
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


def _split_system(messages):
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


class AnthropicChatAdapter(BaseAdapter):
    provider = "anthropic"

    def __init__(self, client):
        self.client = client

    def complete(self, model, messages, **kwargs):
        system, rest = _split_system(messages)
        msg = self.client.messages.create(
            model=model,
            system=system or anthropic_default_system(),
            messages=rest,
            max_tokens=kwargs.get("max_tokens", 1024),
            temperature=kwargs.get("temperature", 0.3),
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return ChatResult(text, msg.model, self.provider,
                          msg.usage.input_tokens, msg.usage.output_tokens, msg)

    def stream(self, model, messages, **kwargs):
        system, rest = _split_system(messages)
        with self.client.messages.stream(
            model=model,
            system=system or anthropic_default_system(),
            messages=rest,
            max_tokens=kwargs.get("max_tokens", 1024),
        ) as stream:
            for text in stream.text_stream:
                yield text


def anthropic_default_system() -> str:
    return "You are a careful research assistant. Cite sources when you can."


class GeminiChatAdapter(BaseAdapter):
    provider = "google"

    def complete(self, model, messages, **kwargs):
        system, rest = _split_system(messages)
        gm = make_gemini_model(model, system_instruction=system or None)
        contents = [
            {"role": "model" if m["role"] == "assistant" else "user", "parts": [m["content"]]}
            for m in rest
        ]
        resp = gm.generate_content(contents)
        meta = getattr(resp, "usage_metadata", None)
        return ChatResult(
            text=resp.text,
            model=model,
            provider=self.provider,
            input_tokens=getattr(meta, "prompt_token_count", 0),
            output_tokens=getattr(meta, "candidates_token_count", 0),
            raw=resp,
        )


class OllamaChatAdapter(BaseAdapter):
    provider = "ollama"

    def __init__(self, client):
        self.client = client

    def complete(self, model, messages, **kwargs):
        resp = self.client.chat(model=model, messages=messages,
                                options={"temperature": kwargs.get("temperature", 0.3)})
        return ChatResult(
            text=resp["message"]["content"],
            model=model,
            provider=self.provider,
            input_tokens=resp.get("prompt_eval_count", 0),
            output_tokens=resp.get("eval_count", 0),
            raw=resp,
        )

    def stream(self, model, messages, **kwargs):
        for part in self.client.chat(model=model, messages=messages, stream=True):
            yield part["message"]["content"]


class ProviderRegistry:
    def __init__(self):
        self._specs: dict[str, ProviderSpec] = {}
        self._adapters: dict[str, BaseAdapter] = {}

    def register(self, spec: ProviderSpec) -> None:
        if spec.name in self._specs:
            log.debug("Replacing provider %s", spec.name)
        self._specs[spec.name] = spec
        self._adapters.pop(spec.name, None)

    def get(self, name: str) -> BaseAdapter:
        if name not in self._adapters:
            self._adapters[name] = self._specs[name].factory()
        return self._adapters[name]

    def spec(self, name: str) -> ProviderSpec:
        return self._specs[name]

    def names(self) -> list[str]:
        return sorted(self._specs)

    def models_for(self, name: str) -> list[str]:
        return list(self._specs[name].models)

    def clear_cache(self) -> None:
        self._adapters.clear()


registry = ProviderRegistry()
registry.register(ProviderSpec(
    "openai", "OpenAI", ["gpt-4o-mini", "gpt-4o", "gpt-4.1"],
    lambda: OpenAIChatAdapter(get_openai_client()), tags={"vision", "tools"}))
registry.register(ProviderSpec(
    "anthropic", "Anthropic", ["claude-3-5-sonnet-latest", "claude-3-5-haiku-latest"],
    lambda: AnthropicChatAdapter(get_anthropic_client()), tags={"long-context"}))
registry.register(ProviderSpec(
    "google", "Google Gemini", ["gemini-1.5-pro", "gemini-1.5-flash"],
    GeminiChatAdapter, tags={"long-context", "vision"}))
registry.register(ProviderSpec(
    "ollama", "Ollama (local)", ["llama3.1", "mistral", "qwen2.5"],
    lambda: OllamaChatAdapter(get_ollama_client()), local=True))
