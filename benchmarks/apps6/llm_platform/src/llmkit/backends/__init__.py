"""Backend registry.

Backends register themselves with :func:`register_backend`; the few that predate
the decorator are added to :data:`BACKENDS` by hand at the bottom of this file.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Dict, Type, TypeVar

from llmkit.backends.base import BaseBackend, ChatMessage, Completion
from llmkit.errors import BackendNotFound

if TYPE_CHECKING:  # pragma: no cover
    from llmkit.container import Container

B = TypeVar("B", bound=Type[BaseBackend])

BACKENDS: Dict[str, Type[BaseBackend]] = {}


def register_backend(name: str) -> Callable[[B], B]:
    def decorator(cls: B) -> B:
        if name in BACKENDS:
            raise ValueError(f"backend {name!r} registered twice")
        cls.name = name
        BACKENDS[name] = cls
        return cls

    return decorator


def create_backend(name: str, container: "Container") -> BaseBackend:
    try:
        cls = BACKENDS[name]
    except KeyError:
        raise BackendNotFound(name) from None
    return cls.from_container(container)


def get_backend(name: str) -> BaseBackend:
    from llmkit.container import get_container

    return get_container().backend(name)


# Import for the registration side effect.
from llmkit.backends import (  # noqa: E402,F401
    anthropic_backend,
    cohere_backend,
    gemini_backend,
    groq_backend,
    ollama_backend,
    openai_backend,
)
from llmkit.backends.hf_backend import HuggingFaceBackend  # noqa: E402
from llmkit.backends.together_backend import TogetherBackend  # noqa: E402

BACKENDS["huggingface"] = HuggingFaceBackend
BACKENDS["together"] = TogetherBackend

# Names used in older service configs.
BACKENDS["claude"] = BACKENDS["anthropic"]
BACKENDS["gemini"] = BACKENDS["google"]

__all__ = [
    "BACKENDS",
    "BaseBackend",
    "ChatMessage",
    "Completion",
    "create_backend",
    "get_backend",
    "register_backend",
]
