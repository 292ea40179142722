"""Provider adapters used by the workers.

Each adapter exposes ``complete(messages)`` and ``stream(messages)`` so the
workers don't need to know SDK details. Adapters are looked up through
``PROVIDER_REGISTRY``.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterator

from quillpad.services import clients
from quillpad.services.openrouter_http import OpenRouterTransport
from quillpad.settings import ProviderConfig

log = logging.getLogger(__name__)

Message = dict[str, str]


class ProviderError(RuntimeError):
    pass


class BaseProvider:
    name = "base"

    def __init__(self, cfg: ProviderConfig) -> None:
        self.cfg = cfg

    def complete(self, messages: list[Message]) -> str:
        raise NotImplementedError

    def stream(self, messages: list[Message]) -> Iterator[str]:
        # Default: no streaming support, yield the whole thing.
        yield self.complete(messages)

    @staticmethod
    def _split_system(messages: list[Message]) -> tuple[str, list[Message]]:
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        rest = [m for m in messages if m["role"] != "system"]
        return system, rest


class OpenAIProvider(BaseProvider):
    name = "openai"

    def __init__(self, cfg: ProviderConfig) -> None:
        super().__init__(cfg)
        self.client = clients.get_openai_client()

    def complete(self, messages: list[Message]) -> str:
        resp = self.client.chat.completions.create(
            model=self.cfg.model,
            messages=messages,
            temperature=self.cfg.temperature,
            max_tokens=self.cfg.max_tokens,
        )
        return resp.choices[0].message.content or ""

    def stream(self, messages: list[Message]) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.cfg.model, messages=messages, temperature=self.cfg.temperature, stream=True
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class DeepSeekProvider(OpenAIProvider):
    name = "deepseek"

    def __init__(self, cfg: ProviderConfig) -> None:
        BaseProvider.__init__(self, cfg)
        self.client = clients.get_deepseek_client()


class AnthropicProvider(BaseProvider):
    name = "anthropic"

    def __init__(self, cfg: ProviderConfig) -> None:
        super().__init__(cfg)
        self._client = clients.get_anthropic_client()

    def complete(self, messages: list[Message]) -> str:
        system, rest = self._split_system(messages)
        msg = self._client.messages.create(
            model=self.cfg.model,
            max_tokens=self.cfg.max_tokens,
            system=system,
            messages=rest,
            temperature=self.cfg.temperature,
        )
        return "".join(block.text for block in msg.content if block.type == "text")

    def stream(self, messages: list[Message]) -> Iterator[str]:
        system, rest = self._split_system(messages)
        with self._client.messages.stream(
            model=self.cfg.model, max_tokens=self.cfg.max_tokens, system=system, messages=rest
        ) as s:
            for text in s.text_stream:
                yield text


class GeminiProvider(BaseProvider):
    name = "google"

    def complete(self, messages: list[Message]) -> str:
        system, rest = self._split_system(messages)
        model = clients.gemini_model(self.cfg.model, system_instruction=system or None)
        history = [
            {"role": "model" if m["role"] == "assistant" else "user", "parts": [m["content"]]}
            for m in rest[:-1]
        ]
        chat = model.start_chat(history=history)
        reply = chat.send_message(
            rest[-1]["content"],
            generation_config={"temperature": self.cfg.temperature, "max_output_tokens": self.cfg.max_tokens},
        )
        return reply.text

    def stream(self, messages: list[Message]) -> Iterator[str]:
        system, rest = self._split_system(messages)
        model = clients.gemini_model(self.cfg.model, system_instruction=system or None)
        prompt = "\n\n".join(m["content"] for m in rest)
        for chunk in model.generate_content(prompt, stream=True):
            if chunk.text:
                yield chunk.text


class OllamaProvider(BaseProvider):
    name = "ollama"

    def __init__(self, cfg: ProviderConfig) -> None:
        super().__init__(cfg)
        self.client = clients.get_ollama_client(cfg.base_url)

    def complete(self, messages: list[Message]) -> str:
        resp = self.client.chat(
            model=self.cfg.model,
            messages=messages,
            options={"temperature": self.cfg.temperature, "num_predict": self.cfg.max_tokens},
        )
        return resp["message"]["content"]

    def stream(self, messages: list[Message]) -> Iterator[str]:
        for part in self.client.chat(model=self.cfg.model, messages=messages, stream=True):
            yield part["message"]["content"]


class CohereProvider(BaseProvider):
    name = "cohere"

    def __init__(self, cfg: ProviderConfig) -> None:
        super().__init__(cfg)
        self.co = clients.get_cohere_client()

    def complete(self, messages: list[Message]) -> str:
        res = self.co.chat(model=self.cfg.model, messages=messages, temperature=self.cfg.temperature)
        return "".join(item.text for item in res.message.content if item.type == "text")

    def stream(self, messages: list[Message]) -> Iterator[str]:
        for event in self.co.chat_stream(model=self.cfg.model, messages=messages):
            if event.type == "content-delta":
                yield event.delta.message.content.text


class WatsonxProvider(BaseProvider):
    name = "watsonx"

    def complete(self, messages: list[Message]) -> str:
        model = clients.get_watsonx_model(self.cfg.model)
        resp = model.chat(messages=messages, params={"max_tokens": self.cfg.max_tokens})
        return resp["choices"][0]["message"]["content"]

    def stream(self, messages: list[Message]) -> Iterator[str]:
        model = clients.get_watsonx_model(self.cfg.model)
        for chunk in model.chat_stream(messages=messages):
            choices = chunk.get("choices") or []
            if choices and choices[0]["delta"].get("content"):
                yield choices[0]["delta"]["content"]


class OpenRouterProvider(BaseProvider):
    name = "openrouter"

    def __init__(self, cfg: ProviderConfig) -> None:
        super().__init__(cfg)
        self.transport = OpenRouterTransport(cfg.api_key)

    def complete(self, messages: list[Message]) -> str:
        data = self.transport.chat(self.cfg.model, messages, temperature=self.cfg.temperature)
        return data["choices"][0]["message"]["content"]


PROVIDER_REGISTRY: dict[str, Callable[[ProviderConfig], BaseProvider]] = {
    "openai": OpenAIProvider,
    "deepseek": DeepSeekProvider,
    "anthropic": AnthropicProvider,
    "google": GeminiProvider,
    "ollama": OllamaProvider,
    "cohere": CohereProvider,
    "watsonx": WatsonxProvider,
    "openrouter": OpenRouterProvider,
}


def build_provider(cfg: ProviderConfig) -> BaseProvider:
    try:
        factory = PROVIDER_REGISTRY[cfg.name]
    except KeyError as exc:
        raise ProviderError(f"no adapter for {cfg.name}") from exc
    return factory(cfg)
