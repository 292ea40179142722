"""Registry of provider backends keyed by name."""
from __future__ import annotations

from typing import Callable, Dict, Type

from .base import BackendError, ImageBackend, TextBackend, UpscaleBackend

_TEXT: Dict[str, Type[TextBackend]] = {}
_IMAGE: Dict[str, Type[ImageBackend]] = {}
_UPSCALE: Dict[str, Type[UpscaleBackend]] = {}
_INSTANCES: dict = {}


def register(kind: str, name: str) -> Callable[[type], type]:
    table = {"text": _TEXT, "image": _IMAGE, "upscale": _UPSCALE}[kind]

    def deco(cls: type) -> type:
        cls.name = name
        table[name] = cls
        return cls

    return deco


def _get(table: dict, kind: str, name: str):
    key = (kind, name)
    if key not in _INSTANCES:
        try:
            cls = table[name]
        except KeyError:
            raise BackendError(f"unknown {kind} backend {name!r}; have {sorted(table)}")
        _INSTANCES[key] = cls()
    return _INSTANCES[key]


def get_text_backend(name: str) -> TextBackend:
    return _get(_TEXT, "text", name)


def get_image_backend(name: str) -> ImageBackend:
    return _get(_IMAGE, "image", name)


def get_upscale_backend(name: str) -> UpscaleBackend:
    return _get(_UPSCALE, "upscale", name)


def text_backends() -> list[str]:
    return sorted(_TEXT)


def image_backends() -> list[str]:
    return sorted(_IMAGE)


def clear_instances() -> None:
    _INSTANCES.clear()
