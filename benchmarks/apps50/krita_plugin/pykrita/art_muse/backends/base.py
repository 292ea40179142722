"""Backend interfaces."""
from __future__ import annotations

import abc
from dataclasses import dataclass, field


@dataclass
class TextResult:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass
class ImageResult:
    png_bytes: bytes
    model: str
    seed: int | None = None
    meta: dict = field(default_factory=dict)


class BackendError(RuntimeError):
    pass


class TextBackend(abc.ABC):
    name: str = "?"

    @abc.abstractmethod
    def complete(self, system: str, prompt: str, max_tokens: int = 600) -> TextResult:
        ...

    def describe_image(self, png_bytes: bytes, instruction: str) -> TextResult:
        raise BackendError(f"{self.name} does not support vision")


class ImageBackend(abc.ABC):
    name: str = "?"

    @abc.abstractmethod
    def generate(self, prompt: str, width: int, height: int, negative: str = "") -> ImageResult:
        ...


class UpscaleBackend(abc.ABC):
    name: str = "?"

    @abc.abstractmethod
    def upscale(self, png_bytes: bytes, scale: int = 2) -> ImageResult:
        ...
