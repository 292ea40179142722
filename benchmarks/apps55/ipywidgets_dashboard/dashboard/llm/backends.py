"""Thin per-provider chat backends with a common ``complete()`` signature.

The registry in ``registry.py`` hands these out by name so widgets can offer a
"model" dropdown without caring which SDK is behind it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterator, Protocol

from google.genai import types as genai_types

from dashboard.llm.clients import (
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    get_perplexity_client,
)

log = logging.getLogger(__name__)


@dataclass
class BackendReply:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    citations: list[str] = field(default_factory=list)


class ChatBackend(Protocol):
    name: str

    def complete(self, system: str, messages: list[dict], **kwargs) -> BackendReply: ...

    def stream(self, system: str, messages: list[dict], **kwargs) -> Iterator[str]: ...


class OpenAIBackend:
    name = "openai"

    def __init__(self, client=None, model: str = "gpt-4o-mini"):
        self._client = client or get_openai_client()
        self.model = model

    def complete(self, system: str, messages: list[dict], **kwargs) -> BackendReply:
        resp = self._client.chat.completions.create(
            model=kwargs.pop("model", self.model),
            messages=[{"role": "system", "content": system}, *messages],
            temperature=kwargs.pop("temperature", 0.2),
            **kwargs,
        )
        usage = resp.usage
        return BackendReply(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )

    def stream(self, system: str, messages: list[dict], **kwargs) -> Iterator[str]:
        stream = self._client.chat.completions.create(
            model=kwargs.pop("model", self.model),
            messages=[{"role": "system", "content": system}, *messages],
            stream=True,
            **kwargs,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, client=None, model: str = "claude-3-5-sonnet-20241022", max_tokens: int = 1500):
        self.client = client or get_anthropic_client()
        self.model = model
        self.max_tokens = max_tokens

    def complete(self, system: str, messages: list[dict], **kwargs) -> BackendReply:
        msg = self.client.messages.create(
            model=kwargs.pop("model", self.model),
            max_tokens=kwargs.pop("max_tokens", self.max_tokens),
            system=system,
            messages=messages,
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return BackendReply(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    def stream(self, system: str, messages: list[dict], **kwargs) -> Iterator[str]:
        with self.client.messages.stream(
            model=kwargs.pop("model", self.model),
            max_tokens=kwargs.pop("max_tokens", self.max_tokens),
            system=system,
            messages=messages,
        ) as stream:
            yield from stream.text_stream


class GeminiBackend:
    name = "gemini"

    def __init__(self, client=None, model: str = "gemini-2.0-flash"):
        self.client = client or get_genai_client()
        self.model = model

    @staticmethod
    def _to_contents(messages: list[dict]) -> list[genai_types.Content]:
        contents = []
        for m in messages:
            role = "model" if m["role"] == "assistant" else "user"
            contents.append(genai_types.Content(role=role, parts=[genai_types.Part(text=m["content"])]))
        return contents

    def complete(self, system: str, messages: list[dict], **kwargs) -> BackendReply:
        resp = self.client.models.generate_content(
            model=kwargs.pop("model", self.model),
            contents=self._to_contents(messages),
            config=genai_types.GenerateContentConfig(
                system_instruction=system,
                temperature=kwargs.pop("temperature", 0.2),
            ),
        )
        meta = resp.usage_metadata
        return BackendReply(
            text=resp.text or "",
            model=self.model,
            input_tokens=(meta.prompt_token_count or 0) if meta else 0,
            output_tokens=(meta.candidates_token_count or 0) if meta else 0,
        )

    def stream(self, system: str, messages: list[dict], **kwargs) -> Iterator[str]:
        for chunk in self.client.models.generate_content_stream(
            model=self.model,
            contents=self._to_contents(messages),
            config=genai_types.GenerateContentConfig(system_instruction=system),
        ):
            if chunk.text:
                yield chunk.text


class MistralBackend:
    name = "mistral"

    def __init__(self, client=None, model: str = "mistral-large-latest"):
        self.client = client or get_mistral_client()
        self.model = model

    def complete(self, system: str, messages: list[dict], **kwargs) -> BackendReply:
        res = self.client.chat.complete(
            model=kwargs.pop("model", self.model),
            messages=[{"role": "system", "content": system}, *messages],
            temperature=kwargs.pop("temperature", 0.2),
        )
        return BackendReply(
            text=res.choices[0].message.content,
            model=res.model,
            input_tokens=res.usage.prompt_tokens,
            output_tokens=res.usage.completion_tokens,
        )

    def stream(self, system: str, messages: list[dict], **kwargs) -> Iterator[str]:
        # TODO(jk): mistral stream events carry usage only on the last chunk
        res = self.client.chat.stream(model=self.model, messages=[{"role": "system", "content": system}, *messages])
        for event in res:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta


class PerplexityBackend:
    """Web-grounded answers. Same wire format as OpenAI, different base_url."""

    name = "perplexity"

    def __init__(self, client=None, model: str = "sonar-pro"):
        self._client = client or get_perplexity_client()
        self.model = model

    def complete(self, system: str, messages: list[dict], **kwargs) -> BackendReply:
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            extra_body={"search_recency_filter": kwargs.pop("recency", "month")},
        )
        citations = getattr(resp, "citations", None) or []
        return BackendReply(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            citations=list(citations),
        )

    def stream(self, system: str, messages: list[dict], **kwargs) -> Iterator[str]:
        yield self.complete(system, messages, **kwargs).text
