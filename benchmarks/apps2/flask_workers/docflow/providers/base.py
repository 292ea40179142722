"""Provider abstraction and the name -> provider registry."""
from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

logger = logging.getLogger(__name__)


@dataclass
class Completion:
    """Normalised text completion returned by every provider."""

    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: Any = field(default=None, repr=False)


class UnknownProviderError(KeyError):
    """Raised when a provider name has not been registered."""


class LLMProvider(ABC):
    """Base class for vendor integrations.

    Subclasses create their SDK client lazily (first access of ``client``) so
    that importing the registry never needs credentials.
    """

    name: str = ""
    default_model: str = ""

    def __init__(self, model: str | None = None) -> None:
        self.model = model or self.default_model

    @property
    @abstractmethod
    def client(self) -> Any:
        """The underlying vendor SDK client."""

    @abstractmethod
    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> Completion:
        """Run a single-turn completion."""

    def embed(self, texts: list[str]) -> list[list[float]]:
        raise NotImplementedError(f"{self.name} does not provide embeddings")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} name={self.name!r} model={self.model!r}>"


ProviderT = TypeVar("ProviderT", bound=type)

_REGISTRY: dict[str, type[LLMProvider]] = {}
_INSTANCES: dict[str, LLMProvider] = {}
_LOCK = threading.Lock()


def register(name: str) -> Callable[[ProviderT], ProviderT]:
    """Class decorator adding a provider class to the registry under ``name``."""

    def decorator(cls: ProviderT) -> ProviderT:
        if name in _REGISTRY and _REGISTRY[name] is not cls:
            raise ValueError(f"provider {name!r} already registered by {_REGISTRY[name].__name__}")
        cls.name = name  # type: ignore[attr-defined]
        _REGISTRY[name] = cls  # type: ignore[assignment]
        logger.debug("registered provider %s -> %s", name, cls.__name__)
        return cls

    return decorator


def get_provider(name: str) -> LLMProvider:
    """Return the shared instance of the provider registered as ``name``."""
    with _LOCK:
        instance = _INSTANCES.get(name)
        if instance is None:
            try:
                cls = _REGISTRY[name]
            except KeyError as exc:
                raise UnknownProviderError(name) from exc
            instance = cls()
            _INSTANCES[name] = instance
        return instance


def available_providers() -> list[str]:
    return sorted(_REGISTRY)
