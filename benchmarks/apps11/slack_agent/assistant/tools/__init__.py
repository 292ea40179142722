"""Tool registry and plugin discovery."""
from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import Dict, Iterable, List, Optional, Type

from assistant.errors import ToolNotFound
from assistant.tools.base import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)

_REGISTRY: Dict[str, Type[Tool]] = {}
_DISCOVERED = False


def register_tool(cls: Type[Tool]) -> Type[Tool]:
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise RuntimeError(f"duplicate tool name {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def discover(package: str = __name__) -> None:
    """Import every module in this package so their @register_tool decorators run."""
    global _DISCOVERED
    if _DISCOVERED:
        return
    pkg = importlib.import_module(package)
    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name.startswith("_") or mod.name == "base":
            continue
        try:
            importlib.import_module(f"{package}.{mod.name}")
        except ImportError:
            log.exception("could not load tool module %s", mod.name)
    _DISCOVERED = True


def enabled_tools(names: Optional[Iterable[str]] = None) -> List[Tool]:
    discover()
    wanted = set(names or [])
    tools = []
    for name, cls in sorted(_REGISTRY.items()):
        if wanted and name not in wanted:
            continue
        tools.append(cls())
    return tools


def get_tool(name: str) -> Tool:
    discover()
    try:
        return _REGISTRY[name]()
    except KeyError:
        raise ToolNotFound(f"no tool named {name!r}")


__all__ = ["Tool", "ToolContext", "ToolResult", "register_tool", "enabled_tools", "get_tool"]
