"""Plugin discovery via the ``agent_workers.plugins`` entry-point group."""
from __future__ import annotations

import logging
from importlib.metadata import EntryPoint, entry_points
from typing import Iterable

from agent_workers.plugins.base import WorkerPlugin

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "agent_workers.plugins"


class PluginRegistry:
    def __init__(self) -> None:
        self._plugins: dict[str, WorkerPlugin] = {}

    def register(self, plugin: WorkerPlugin) -> None:
        if plugin.kind in self._plugins:
            raise ValueError(f"duplicate plugin kind {plugin.kind!r}")
        self._plugins[plugin.kind] = plugin

    def get(self, kind: str) -> WorkerPlugin:
        try:
            return self._plugins[kind]
        except KeyError:
            raise LookupError(f"no plugin handles {kind!r}") from None

    def kinds(self) -> list[str]:
        return sorted(self._plugins)

    def __iter__(self):
        return iter(self._plugins.values())

    def __len__(self) -> int:
        return len(self._plugins)


def _load(ep: EntryPoint) -> WorkerPlugin | None:
    try:
        cls = ep.load()
    except Exception:  # a broken third-party plugin must not take the fleet down
        log.exception("failed to load plugin %s", ep.name)
        return None
    return cls()


def discover(enabled: Iterable[str] | None = None) -> PluginRegistry:
    registry = PluginRegistry()
    wanted = set(enabled) if enabled is not None else None
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if wanted is not None and ep.name not in wanted:
            log.debug("skipping disabled plugin %s", ep.name)
            continue
        plugin = _load(ep)
        if plugin is not None:
            registry.register(plugin)
    log.info("loaded plugins: %s", ", ".join(registry.kinds()) or "<none>")
    return registry
