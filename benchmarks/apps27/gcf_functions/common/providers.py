"""Provider factory keyed by the LLM_PROVIDER env var.

Each function used to talk to its own SDK; this is where we are slowly
moving them so a deploy can switch model vendor without a code change.
Not everything has moved yet (see translate_content/quality.py,
review_summarizer), so don't be surprised to find direct SDK use elsewhere.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Callable

from google.genai import types as genai_types

from common.clients import (
    get_anthropic_client,
    get_cohere_client,
    get_deepseek_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
)
from common.config import get_settings

log = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object = field(default=None, repr=False)


class BaseProvider:
    name = "base"

    def __init__(self, model: str | None = None) -> None:
        self.model = model or self.default_model()

    def default_model(self) -> str:
        raise NotImplementedError

    def complete(self, prompt: str, *, system: str | None = None,
                 max_tokens: int = 1024, temperature: float = 0.4,
                 json_mode: bool = False) -> Completion:
        raise NotImplementedError

    def embed(self, texts: list[str]) -> list[list[float]]:
        raise NotImplementedError(f"{self.name} has no embedding support here")


class GeminiProvider(BaseProvider):
    name = "gemini"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        self._client = get_genai_client()

    def default_model(self) -> str:
        return get_settings().gemini_model

    def complete(self, prompt, *, system=None, max_tokens=1024, temperature=0.4, json_mode=False):
        config = genai_types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_tokens,
            temperature=temperature,
            response_mime_type="application/json" if json_mode else "text/plain",
        )
        resp = self._client.models.generate_content(
            model=self.model, contents=prompt, config=config
        )
        usage = resp.usage_metadata
        return Completion(
            text=resp.text or "",
            model=self.model,
            provider=self.name,
            input_tokens=getattr(usage, "prompt_token_count", 0) or 0,
            output_tokens=getattr(usage, "candidates_token_count", 0) or 0,
            raw=resp,
        )

    def embed(self, texts):
        resp = self._client.models.embed_content(
            model=get_settings().embedding_model,
            contents=texts,
            config=genai_types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
        )
        return [e.values for e in resp.embeddings]


class ClaudeProvider(BaseProvider):
    name = "claude"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        self._client = get_anthropic_client()

    def default_model(self) -> str:
        return get_settings().claude_model

    def complete(self, prompt, *, system=None, max_tokens=1024, temperature=0.4, json_mode=False):
        kwargs = {}
        if system:
            kwargs["system"] = system
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            temperature=temperature,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=self.model,
            provider=self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw=msg,
        )


class OpenAIProvider(BaseProvider):
    name = "openai"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        self._client = get_openai_client()

    def default_model(self) -> str:
        return get_settings().openai_model

    def complete(self, prompt, *, system=None, max_tokens=1024, temperature=0.4, json_mode=False):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        extra = {"response_format": {"type": "json_object"}} if json_mode else {}
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            **extra,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def embed(self, texts):
        resp = self._client.embeddings.create(model="text-embedding-3-small", input=texts)
        return [d.embedding for d in resp.data]


class DeepSeekProvider(BaseProvider):
    name = "deepseek"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        self._client = get_deepseek_client()

    def default_model(self) -> str:
        return get_settings().deepseek_model

    def complete(self, prompt, *, system=None, max_tokens=1024, temperature=0.4, json_mode=False):
        messages = [{"role": "system", "content": system or "You are a helpful travel copywriter."},
                    {"role": "user", "content": prompt}]
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            response_format={"type": "json_object"} if json_mode else {"type": "text"},
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=self.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )


class MistralProvider(BaseProvider):
    name = "mistral"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        self._client = get_mistral_client()

    def default_model(self) -> str:
        return get_settings().mistral_model

    def complete(self, prompt, *, system=None, max_tokens=1024, temperature=0.4, json_mode=False):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = self._client.chat.complete(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            response_format={"type": "json_object"} if json_mode else None,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=self.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )


class CohereProvider(BaseProvider):
    name = "cohere"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        self._co = get_cohere_client()

    def default_model(self) -> str:
        return get_settings().cohere_chat_model

    def complete(self, prompt, *, system=None, max_tokens=1024, temperature=0.4, json_mode=False):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = self._co.chat(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            response_format={"type": "json_object"} if json_mode else None,
        )
        billed = resp.usage.billed_units if resp.usage else None
        return Completion(
            text=resp.message.content[0].text if resp.message.content else "",
            model=self.model,
            provider=self.name,
            input_tokens=int(getattr(billed, "input_tokens", 0) or 0),
            output_tokens=int(getattr(billed, "output_tokens", 0) or 0),
            raw=resp,
        )


_REGISTRY: dict[str, Callable[..., BaseProvider]] = {
    "gemini": GeminiProvider,
    "claude": ClaudeProvider,
    "openai": OpenAIProvider,
    "deepseek": DeepSeekProvider,
    "mistral": MistralProvider,
    "cohere": CohereProvider,
}

_instances: dict[tuple[str, str | None], BaseProvider] = {}


def get_provider(name: str | None = None, model: str | None = None) -> BaseProvider:
    """Return a (cached) provider. Name defaults to $LLM_PROVIDER."""
    key = (name or os.environ.get("LLM_PROVIDER") or get_settings().llm_provider).lower()
    try:
        factory = _REGISTRY[key]
    except KeyError:
        raise ValueError(f"unknown LLM provider {key!r}; expected one of {sorted(_REGISTRY)}")
    cache_key = (key, model)
    if cache_key not in _instances:
        _instances[cache_key] = factory(model)
    return _instances[cache_key]


def register_provider(name: str, factory: Callable[..., BaseProvider]) -> None:
    _REGISTRY[name] = factory
