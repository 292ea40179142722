"""Provider abstraction shared by all LLM backends."""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    stop_reason: str | None = None
    raw: dict = field(default_factory=dict, repr=False)

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "model": self.model,
            "provider": self.provider,
            "usage": {
                "input_tokens": self.input_tokens,
                "output_tokens": self.output_tokens,
            },
            "stop_reason": self.stop_reason,
        }


class ProviderError(Exception):
    def __init__(self, provider: str, message: str, status: int = 502):
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.status = status


class LLMProvider(abc.ABC):
    name: str = "base"
    default_model: str = ""

    @abc.abstractmethod
    def complete(
        self,
        messages: list[dict],
        model: str | None = None,
        system: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        ...

    def stream(self, messages: list[dict], model: str | None = None, **kwargs) -> Iterator[str]:
        # Default: no real streaming, just yield the full completion.
        yield self.complete(messages, model=model, **kwargs).text

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        raise NotImplementedError(f"{self.name} does not support embeddings")

    def health(self) -> dict:
        return {"provider": self.name, "model": self.default_model, "ok": True}


def split_system(messages: list[dict]) -> tuple[str | None, list[dict]]:
    """Pull a leading system message out of an OpenAI-style message list."""
    if messages and messages[0].get("role") == "system":
        return messages[0]["content"], messages[1:]
    return None, list(messages)
