"""Tab completion for magics, provider names and model names."""
from __future__ import annotations

import time

import ollama

from .backends import available_providers, get_anthropic_client, get_openai_client
from .magics import CELL_MAGICS, LINE_MAGICS

_MODEL_CACHE: dict[str, tuple[float, list[str]]] = {}
_TTL = 600


def _cached(provider: str, loader) -> list[str]:
    hit = _MODEL_CACHE.get(provider)
    if hit and time.time() - hit[0] < _TTL:
        return hit[1]
    try:
        names = loader()
    except Exception:
        names = hit[1] if hit else []
    _MODEL_CACHE[provider] = (time.time(), names)
    return names


def list_models(provider: str) -> list[str]:
    if provider == "openai":
        return _cached("openai", lambda: sorted(m.id for m in get_openai_client().models.list()))
    if provider == "anthropic":
        return _cached("anthropic", lambda: [m.id for m in get_anthropic_client().models.list(limit=50)])
    if provider == "ollama":
        return _cached("ollama", lambda: [m.model for m in ollama.list().models])
    return []


def complete(code: str, cursor_pos: int) -> tuple[list[str], int, int]:
    line_start = code.rfind("\n", 0, cursor_pos) + 1
    line = code[line_start:cursor_pos]
    if line.startswith("%%"):
        prefix = line[2:]
        return [f"%%{m}" for m in CELL_MAGICS if m.startswith(prefix)], line_start, cursor_pos
    if line.startswith("%") and " " not in line:
        prefix = line[1:]
        return [f"%{m}" for m in LINE_MAGICS if m.startswith(prefix)], line_start, cursor_pos
    if line.startswith("%provider "):
        word = line.split(" ", 1)[1]
        start = line_start + len("%provider ")
        return [p for p in available_providers() if p.startswith(word)], start, cursor_pos
    if line.startswith("%model "):
        word = line.split(" ", 1)[1]
        start = line_start + len("%model ")
        return [], start, cursor_pos  # filled in by the kernel, which knows the provider
    return [], cursor_pos, cursor_pos
