"""Registry of text-generation backends used by the Sphinx extension.

Each backend is a callable ``(system, prompt, max_tokens) -> str``.
"""
from __future__ import annotations

from typing import Callable, Dict

from doctools.providers.bedrock import bedrock_generate
from doctools.providers.mistral import mistral_generate

Backend = Callable[[str, str, int], str]

BACKENDS: Dict[str, Backend] = {
    "bedrock": bedrock_generate,
    "mistral": mistral_generate,
}


def register_backend(name: str) -> Callable[[Backend], Backend]:
    def deco(fn: Backend) -> Backend:
        BACKENDS[name] = fn
        return fn

    return deco


def get_backend(name: str) -> Backend:
    try:
        return BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown backend {name!r}; known: {sorted(BACKENDS)}") from None
