"""Discovers built-in plugins and third-party plugins from entry points."""
from __future__ import annotations

import logging
import sys
from typing import Dict, Iterable, List, Tuple

import typer

from kestrel.config import Settings
from kestrel.errors import PluginError
from kestrel.models import PluginInfo
from kestrel.plugins.base import KestrelPlugin, PluginContext

if sys.version_info >= (3, 10):
    from importlib.metadata import entry_points
else:  # pragma: no cover
    from importlib_metadata import entry_points

ENTRY_POINT_GROUP = "kestrel.plugins"
log = logging.getLogger(__name__)

_loaded: Dict[str, Tuple[KestrelPlugin, PluginInfo]] = {}


def _builtin_plugins() -> Iterable[type]:
    from kestrel.plugins.builtin import BUILTIN_PLUGINS

    return BUILTIN_PLUGINS


def _external_plugins() -> Iterable[Tuple[str, str, type]]:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        dist = ep.dist.name if ep.dist else "unknown"
        if dist == "kestrel-devtools":
            # our own entry points mirror BUILTIN_PLUGINS; skip to avoid double registration
            continue
        try:
            yield ep.name, dist, ep.load()
        except Exception as exc:
            log.warning("failed to import plugin %s from %s: %s", ep.name, dist, exc)


def load_plugins(app: typer.Typer, settings: Settings) -> List[PluginInfo]:
    disabled = set(settings.plugins_disabled)
    candidates: List[Tuple[str, type]] = [("builtin", cls) for cls in _builtin_plugins()]
    candidates += [(dist, cls) for _, dist, cls in _external_plugins()]

    for source, cls in candidates:
        plugin = cls()
        if not plugin.name:
            raise PluginError(cls.__name__, "plugin has no name")
        info = PluginInfo(name=plugin.name, version=plugin.version, source=source,
                          description=plugin.description, enabled=plugin.name not in disabled)
        if plugin.name in _loaded:
            log.warning("plugin %s from %s shadows an earlier one", plugin.name, source)
        if info.enabled:
            ctx = PluginContext(settings=settings, logger=logging.getLogger(f"kestrel.plugin.{plugin.name}"))
            try:
                plugin.register(app, ctx)
            except Exception as exc:
                raise PluginError(plugin.name, f"register() failed: {exc}") from exc
        _loaded[plugin.name] = (plugin, info)
    return [info for _, info in _loaded.values()]


def loaded_plugins() -> List[PluginInfo]:
    return [info for _, info in _loaded.values()]
