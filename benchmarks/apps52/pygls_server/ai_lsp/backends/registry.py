from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

log = logging.getLogger(__name__)


@dataclass
class CompletionRequest:
    prefix: str
    suffix: str = ""
    language: str = "python"
    max_tokens: int = 128
    temperature: float = 0.2
    stop: list[str] = field(default_factory=lambda: ["\n\n\n"])


@dataclass
class CompletionResult:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: Any = None


class Backend(Protocol):
    name: str
    client: Any

    async def complete(self, request: CompletionRequest) -> CompletionResult: ...

    async def chat(self, system: str, user: str, *, max_tokens: int = 1024) -> CompletionResult: ...


class BackendNotConfigured(LookupError):
    pass


class BackendRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, Callable[[], Any]] = {}
        self._instances: dict[str, Any] = {}

    def register(self, name: str, factory: Callable[[], Any]) -> None:
        self._factories[name] = factory
        self._instances.pop(name, None)

    def get(self, name: str) -> Any:
        if name not in self._instances:
            try:
                factory = self._factories[name]
            except KeyError:
                raise BackendNotConfigured(name) from None
            log.debug("instantiating backend %s", name)
            self._instances[name] = factory()
        return self._instances[name]

    def client(self, name: str) -> Any:
        return self.get(name).client

    def names(self) -> list[str]:
        return sorted(self._factories)

    def reset(self) -> None:
        self._instances.clear()
