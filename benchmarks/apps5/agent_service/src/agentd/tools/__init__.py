from __future__ import annotations

import importlib
import logging

from agentd.tools.registry import Tool, ToolRegistry, registry, tool

log = logging.getLogger(__name__)

_BUILTIN_MODULES = ("agentd.tools.builtin", "agentd.tools.retrieval")


def load_builtin_tools() -> ToolRegistry:
    """Import the modules whose @tool decorators populate the registry."""
    for mod in _BUILTIN_MODULES:
        importlib.import_module(mod)
    log.debug("tools loaded: %s", ", ".join(sorted(registry.names())))
    return registry


__all__ = ["Tool", "ToolRegistry", "registry", "tool", "load_builtin_tools"]
