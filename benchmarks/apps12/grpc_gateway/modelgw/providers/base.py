"""Provider abstraction.

Each vendor gets one subclass. Servicers only talk to ``BaseProvider``; the
registry decides which concrete class serves a request.
"""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import AsyncIterator, List, Optional, Sequence


@dataclass
class CompletionResult:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: str = ""
    citations: List[dict] = field(default_factory=list)
    request_id: str = ""


@dataclass
class StreamDelta:
    text: str = ""
    done: bool = False
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass
class EmbeddingResult:
    vectors: List[List[float]]
    model: str
    input_tokens: int = 0


@dataclass
class ImageResult:
    data: Optional[bytes] = None
    url: str = ""
    revised_prompt: str = ""


@dataclass
class ChatParams:
    """Provider-neutral view of a CompletionRequest."""

    model: str
    messages: List[dict]
    max_tokens: int = 1024
    temperature: Optional[float] = None
    json_mode: bool = False
    reasoning: bool = False
    tenant_id: str = ""
    feature: str = ""


class BaseProvider(abc.ABC):
    name: str = "base"
    supports_embeddings = False
    supports_images = False

    @abc.abstractmethod
    async def complete(self, params: ChatParams) -> CompletionResult:
        ...

    @abc.abstractmethod
    def stream(self, params: ChatParams) -> AsyncIterator[StreamDelta]:
        ...

    async def embed(self, model: str, inputs: Sequence[str], dimensions: int = 0) -> EmbeddingResult:
        from modelgw.errors import UnsupportedOperation

        raise UnsupportedOperation(f"{self.name} does not serve embeddings", provider=self.name)

    async def generate_image(self, prompt: str, size: str = "") -> ImageResult:
        from modelgw.errors import UnsupportedOperation

        raise UnsupportedOperation(f"{self.name} does not generate images", provider=self.name)

    async def count_tokens(self, params: ChatParams) -> int:
        from modelgw.utils import estimate_tokens

        return sum(estimate_tokens(m["content"]) for m in params.messages)

    async def list_models(self) -> List[str]:
        return []
