from __future__ import annotations

from typing import Any

from lsprotocol import types


def first_arg(args: list[Any] | None) -> dict[str, Any]:
    """VS Code sends a list of arguments; neovim sometimes sends a single dict."""
    if not args:
        return {}
    if isinstance(args, dict):
        return args
    arg = args[0]
    return arg if isinstance(arg, dict) else {}


def range_arg(ls, raw: dict[str, Any] | None) -> types.Range | None:
    if not raw:
        return None
    return ls.converter.structure(raw, types.Range)
