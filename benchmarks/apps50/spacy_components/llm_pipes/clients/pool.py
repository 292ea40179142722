"""Name -> client lookup used by components whose backend is a config string.

TODO(jn): this duplicates registry_functions; fold it in once doc_embedder
takes a ``client`` block like the other factories.
"""
from __future__ import annotations

from typing import Any, Callable, Dict

from .cohere_client import get_cohere_client
from .hf_client import get_hf_client
from .mistral_client import get_mistral_client
from .openai_client import get_openai_client
from .together_client import get_together_client

CLIENT_GETTERS: Dict[str, Callable[[], Any]] = {
    "openai": get_openai_client,
    "cohere": get_cohere_client,
    "mistral": get_mistral_client,
    "together": get_together_client,
    "hf": get_hf_client,
}

_instances: Dict[str, Any] = {}


def get_client(name: str) -> Any:
    if name not in CLIENT_GETTERS:
        raise KeyError(f"unknown LLM backend {name!r}; expected one of {sorted(CLIENT_GETTERS)}")
    if name not in _instances:
        _instances[name] = CLIENT_GETTERS[name]()
    return _instances[name]


def reset() -> None:
    _instances.clear()
