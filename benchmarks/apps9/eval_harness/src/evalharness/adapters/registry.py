"""Adapter registry.

Adapters register under one or more names; run configs select them with `adapter: <name>`.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable, Dict, List, Type

from evalharness.types import AdapterNotFound

if TYPE_CHECKING:  # pragma: no cover
    from evalharness.adapters.base import ModelAdapter
    from evalharness.config import ModelSpec

logger = logging.getLogger(__name__)

ADAPTERS: Dict[str, "Type[ModelAdapter]"] = {}


def register_adapter(name: str, *aliases: str) -> Callable[["Type[ModelAdapter]"], "Type[ModelAdapter]"]:
    def decorator(cls: "Type[ModelAdapter]") -> "Type[ModelAdapter]":
        for key in (name, *aliases):
            if key in ADAPTERS and ADAPTERS[key] is not cls:
                logger.warning("adapter %r re-registered: %s -> %s", key, ADAPTERS[key], cls)
            ADAPTERS[key] = cls
        cls.adapter_name = name
        return cls

    return decorator


def available_adapters() -> List[str]:
    return sorted(ADAPTERS)


def build_adapter(spec: "ModelSpec") -> "ModelAdapter":
    # make sure the optional adapters had a chance to register
    import evalharness.adapters  # noqa: F401

    try:
        cls = ADAPTERS[spec.adapter]
    except KeyError:
        raise AdapterNotFound(
            f"unknown adapter {spec.adapter!r} for model {spec.name!r}; "
            f"known: {', '.join(available_adapters())}"
        ) from None
    return cls(spec)
