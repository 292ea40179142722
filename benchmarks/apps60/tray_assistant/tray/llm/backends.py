"""Chat backends used by the "Ask" popup.

Each backend wraps an already-built SDK client (see ``registry.py``) and
exposes the same tiny ``complete()`` interface.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)


@dataclass
class Answer:
    text: str
    model: str
    backend: str
    input_tokens: int = 0
    output_tokens: int = 0


class Backend(Protocol):
    name: str

    def complete(self, prompt: str, system: str | None = None) -> Answer: ...


class OpenAIBackend:
    name = "openai"

    def __init__(self, client: Any, model: str) -> None:
        self._client = client
        self.model = model

    def complete(self, prompt: str, system: str | None = None) -> Answer:
        resp = self._client.responses.create(
            model=self.model,
            instructions=system,
            input=prompt,
        )
        usage = resp.usage
        return Answer(
            text=resp.output_text,
            model=self.model,
            backend=self.name,
            input_tokens=usage.input_tokens if usage else 0,
            output_tokens=usage.output_tokens if usage else 0,
        )


class AnthropicBackend:
    name = "claude"

    def __init__(self, client: Any, model: str, max_tokens: int = 1500) -> None:
        self._client = client
        self.model = model
        self.max_tokens = max_tokens

    def complete(self, prompt: str, system: str | None = None) -> Answer:
        kwargs: dict[str, Any] = {}
        if system:
            kwargs["system"] = system
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Answer(text, self.model, self.name, msg.usage.input_tokens, msg.usage.output_tokens)


class GeminiBackend:
    name = "gemini"

    def __init__(self, client: Any, model: str) -> None:
        self._client = client
        self.model = model

    def complete(self, prompt: str, system: str | None = None) -> Answer:
        from google.genai import types

        config = types.GenerateContentConfig(system_instruction=system) if system else None
        resp = self._client.models.generate_content(
            model=self.model, contents=prompt, config=config
        )
        meta = resp.usage_metadata
        return Answer(
            text=resp.text or "",
            model=self.model,
            backend=self.name,
            input_tokens=getattr(meta, "prompt_token_count", 0) or 0,
            output_tokens=getattr(meta, "candidates_token_count", 0) or 0,
        )


class GrokBackend:
    name = "grok"

    def __init__(self, client: Any, model: str) -> None:
        self._client = client
        self.model = model

    def complete(self, prompt: str, system: str | None = None) -> Answer:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = self._client.chat.completions.create(model=self.model, messages=messages)
        return Answer(
            resp.choices[0].message.content or "",
            self.model,
            self.name,
            resp.usage.prompt_tokens,
            resp.usage.completion_tokens,
        )


class HuggingFaceBackend:
    name = "hf"

    def __init__(self, client: Any, model: str) -> None:
        self._client = client
        self.model = model

    def complete(self, prompt: str, system: str | None = None) -> Answer:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        out = self._client.chat_completion(messages, model=self.model, max_tokens=800)
        return Answer(out.choices[0].message.content or "", self.model, self.name)


class EchoBackend:
    """Offline backend, handy when no key is configured."""

    name = "echo"

    def complete(self, prompt: str, system: str | None = None) -> Answer:
        return Answer(text=prompt[::-1], model="echo", backend=self.name)
