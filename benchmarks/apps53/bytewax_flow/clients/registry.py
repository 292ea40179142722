"""Name -> client lookup used by config-driven steps (reply drafting, eval scripts)."""
from __future__ import annotations

from typing import Any, Callable

from clients import factory

_BUILDERS: dict[str, Callable[[], Any]] = {
    "openai": factory.make_openai,
    "anthropic": factory.make_anthropic,
    "mistral": factory.make_mistral,
    "hf": factory.make_hf_inference,
    "xai": factory.make_xai,
}

_INSTANCES: dict[str, Any] = {}


def register(name: str, builder: Callable[[], Any]) -> None:
    _BUILDERS[name] = builder
    _INSTANCES.pop(name, None)


def get_client(name: str) -> Any:
    if name not in _INSTANCES:
        try:
            _INSTANCES[name] = _BUILDERS[name]()
        except KeyError as exc:
            raise ValueError(f"unknown provider {name!r}; known: {sorted(_BUILDERS)}") from exc
    return _INSTANCES[name]


def reset() -> None:
    _INSTANCES.clear()
