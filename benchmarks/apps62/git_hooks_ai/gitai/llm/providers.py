"""Provider switch: one small backend class per vendor, picked by name.

Backends expose `complete(system, user)` and `stream(system, user)`.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterator

from gitai.config import DEFAULT_MODELS
from gitai.llm import clients

log = logging.getLogger(__name__)


class Completion:
    def __init__(self, text: str, input_tokens: int = 0, output_tokens: int = 0, model: str = ""):
        self.text = text
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.model = model

    def __str__(self) -> str:
        return self.text


class ChatBackend:
    name = "base"

    def __init__(self, model: str | None = None):
        self.model = model or DEFAULT_MODELS[self.name]

    def complete(self, system: str, user: str, max_tokens: int = 512, temperature: float = 0.2) -> Completion:
        raise NotImplementedError

    def stream(self, system: str, user: str, max_tokens: int = 1024) -> Iterator[str]:
        yield self.complete(system, user, max_tokens=max_tokens).text


class OpenAIBackend(ChatBackend):
    name = "openai"

    def __init__(self, model: str | None = None, client=None):
        super().__init__(model)
        self._client = client or clients.get_openai_client()

    def complete(self, system, user, max_tokens=512, temperature=0.2):
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        usage = resp.usage
        return Completion(
            resp.choices[0].message.content or "",
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
            resp.model,
        )

    def stream(self, system, user, max_tokens=1024):
        stream = self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            max_tokens=max_tokens,
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class FireworksBackend(OpenAIBackend):
    name = "fireworks"

    def __init__(self, model: str | None = None, client=None):
        super().__init__(model, client=client or clients.get_fireworks_client())


class GroqBackend(ChatBackend):
    name = "groq"

    def __init__(self, model: str | None = None):
        super().__init__(model)
        self.groq = clients.get_groq_client()

    def complete(self, system, user, max_tokens=512, temperature=0.2):
        resp = self.groq.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Completion(
            resp.choices[0].message.content or "",
            resp.usage.prompt_tokens,
            resp.usage.completion_tokens,
            self.model,
        )


class AnthropicBackend(ChatBackend):
    name = "anthropic"

    def __init__(self, model: str | None = None):
        super().__init__(model)
        self.client = clients.get_anthropic_client()

    def complete(self, system, user, max_tokens=512, temperature=0.2):
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            max_tokens=max_tokens,
            temperature=temperature,
            messages=[{"role": "user", "content": user}],
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(text, msg.usage.input_tokens, msg.usage.output_tokens, msg.model)

    def stream(self, system, user, max_tokens=1024):
        with self.client.messages.stream(
            model=self.model,
            system=system,
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": user}],
        ) as stream:
            yield from stream.text_stream


class OllamaBackend(ChatBackend):
    name = "ollama"

    def __init__(self, model: str | None = None):
        super().__init__(model)
        self.client = clients.get_ollama_client()

    def complete(self, system, user, max_tokens=512, temperature=0.2):
        resp = self.client.chat(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            options={"num_predict": max_tokens, "temperature": temperature},
        )
        return Completion(
            resp["message"]["content"],
            resp.get("prompt_eval_count", 0),
            resp.get("eval_count", 0),
            self.model,
        )


BACKENDS: dict[str, Callable[..., ChatBackend]] = {
    "openai": OpenAIBackend,
    "anthropic": AnthropicBackend,
    "groq": GroqBackend,
    "fireworks": FireworksBackend,
    "ollama": OllamaBackend,
}

_instances: dict[tuple[str, str | None], ChatBackend] = {}


def get_backend(name: str, model: str | None = None) -> ChatBackend:
    key = (name, model)
    if key not in _instances:
        try:
            factory = BACKENDS[name]
        except KeyError:
            log.warning("unknown provider %r, falling back to openai", name)
            factory = OpenAIBackend
        _instances[key] = factory(model)
    return _instances[key]
