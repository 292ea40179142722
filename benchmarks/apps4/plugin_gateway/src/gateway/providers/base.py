"""Base class for provider plugins.

Most vendors we use speak the OpenAI wire format, so the shared implementations below
assume ``self.client`` / ``self.async_client`` look like an OpenAI client. Vendors with
their own SDK shape (Anthropic, Mistral, Cohere, Bedrock) override the methods.
"""
from __future__ import annotations

import abc
import logging
import time
from typing import Any, ClassVar, Dict, Iterator, List, Optional, Sequence

from gateway.config import Settings, get_settings
from gateway.errors import CapabilityNotSupported
from gateway.retry import vendor_retry
from gateway.schemas import ChatMessage, ChatResult, Usage

log = logging.getLogger(__name__)


class BaseProvider(abc.ABC):
    name: ClassVar[str] = "base"
    supports_embeddings: ClassVar[bool] = True
    supports_streaming: ClassVar[bool] = True

    def __init__(self, settings: Optional[Settings] = None) -> None:
        self.settings = settings or get_settings()

    # -- plugin hooks -----------------------------------------------------------------

    @property
    @abc.abstractmethod
    def client(self) -> Any:
        """Synchronous SDK client for this vendor."""

    @property
    def async_client(self) -> Any:
        raise CapabilityNotSupported(f"{self.name} has no async client configured")

    @property
    def default_model(self) -> str:
        return getattr(self.settings.models, self.name)

    @property
    def embedding_model(self) -> str:
        try:
            return self.settings.embedding_models[self.name]
        except KeyError:
            raise CapabilityNotSupported(f"{self.name} has no embedding model configured")

    def list_models(self) -> List[str]:
        return [self.default_model]

    # -- helpers ----------------------------------------------------------------------

    @staticmethod
    def to_wire(messages: Sequence[ChatMessage]) -> List[Dict[str, str]]:
        return [{"role": m.role, "content": m.content} for m in messages]

    def _max_tokens(self, requested: Optional[int]) -> int:
        return min(requested or self.settings.max_output_tokens, 8192)

    def _result(self, model: str, text: str, usage: Usage, finish: Optional[str]) -> ChatResult:
        return ChatResult(provider=self.name, model=model, text=text, usage=usage, finish_reason=finish)

    # -- shared OpenAI-style implementations ------------------------------------------

    @vendor_retry()
    def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        model: Optional[str] = None,
        temperature: float = 0.2,
        max_tokens: Optional[int] = None,
    ) -> ChatResult:
        model = model or self.default_model
        started = time.perf_counter()
        resp = self.client.chat.completions.create(
            model=model,
            messages=self.to_wire(messages),
            temperature=temperature,
            max_tokens=self._max_tokens(max_tokens),
        )
        choice = resp.choices[0]
        log.info(
            "provider=%s model=%s latency_ms=%d",
            self.name,
            model,
            (time.perf_counter() - started) * 1000,
        )
        usage = Usage()
        if resp.usage is not None:
            usage = Usage(
                input_tokens=resp.usage.prompt_tokens, output_tokens=resp.usage.completion_tokens
            )
        return self._result(model, choice.message.content or "", usage, choice.finish_reason)

    async def acomplete(
        self,
        messages: Sequence[ChatMessage],
        *,
        model: Optional[str] = None,
        temperature: float = 0.2,
        max_tokens: Optional[int] = None,
    ) -> ChatResult:
        model = model or self.default_model
        resp = await self.async_client.chat.completions.create(
            model=model,
            messages=self.to_wire(messages),
            temperature=temperature,
            max_tokens=self._max_tokens(max_tokens),
        )
        choice = resp.choices[0]
        usage = Usage(
            input_tokens=getattr(resp.usage, "prompt_tokens", 0),
            output_tokens=getattr(resp.usage, "completion_tokens", 0),
        )
        return self._result(model, choice.message.content or "", usage, choice.finish_reason)

    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        model: Optional[str] = None,
        temperature: float = 0.2,
        max_tokens: Optional[int] = None,
    ) -> Iterator[str]:
        if not self.supports_streaming:
            raise CapabilityNotSupported(f"{self.name} does not stream")
        chunks = self.client.chat.completions.create(
            model=model or self.default_model,
            messages=self.to_wire(messages),
            temperature=temperature,
            max_tokens=self._max_tokens(max_tokens),
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in chunks:
            if chunk.usage is not None:
                log.debug("stream usage provider=%s %s", self.name, chunk.usage)
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content
            if delta:
                yield delta

    @vendor_retry()
    def embed(self, texts: Sequence[str], *, model: Optional[str] = None) -> List[List[float]]:
        if not self.supports_embeddings:
            raise CapabilityNotSupported(f"{self.name} does not offer embeddings")
        resp = self.client.embeddings.create(model=model or self.embedding_model, input=list(texts))
        return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]
