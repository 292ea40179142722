"""Native provider adapters.

Each adapter turns quill's OpenAI-style message list into the provider's request
shape and yields plain text chunks back, so coders never see SDK response types.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Type, Union

if TYPE_CHECKING:
    from quill.models.model import Model

log = logging.getLogger(__name__)


class ProviderAdapter:
    provider: str = ""

    def __init__(self, model: "Model"):
        self.model = model
        self.settings = model.settings
        self.last_usage: Dict[str, int] = {}

    # subclasses implement these two
    def complete(self, messages: List[dict], temperature: Optional[float] = None) -> str:
        raise NotImplementedError

    def stream(self, messages: List[dict], temperature: Optional[float] = None) -> Iterator[str]:
        raise NotImplementedError

    def send(
        self, messages: List[dict], stream: bool = True, temperature: Optional[float] = None
    ) -> Union[str, Iterator[str]]:
        if not self.settings.use_temperature:
            temperature = None
        if stream and self.settings.streaming:
            return self.stream(messages, temperature)
        return self.complete(messages, temperature)

    def hash_for(self, messages: List[dict]):
        payload = json.dumps({"model": self.model.name, "messages": messages}, sort_keys=True)
        return hashlib.sha1(payload.encode())

    @staticmethod
    def split_system(messages: List[dict]):
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        rest = [m for m in messages if m["role"] != "system"]
        return system, rest


_REGISTRY: Dict[str, Type[ProviderAdapter]] = {}


def register(provider: str):
    def deco(cls):
        cls.provider = provider
        _REGISTRY[provider] = cls
        return cls
    return deco


def _load_builtin() -> None:
    # imported for their @register side effect
    from quill.providers import (  # noqa: F401
        anthropic_adapter,
        deepseek_adapter,
        gemini_adapter,
        groq_adapter,
        ollama_adapter,
        openai_adapter,
    )


def get_adapter(model: "Model") -> ProviderAdapter:
    if not _REGISTRY:
        _load_builtin()
    try:
        cls = _REGISTRY[model.provider]
    except KeyError:
        raise ValueError(f"no adapter for provider {model.provider!r}") from None
    return cls(model)
