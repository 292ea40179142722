"""Plugin-style reporters. Each module registers itself with @register("name")."""
from __future__ import annotations

import importlib
import logging
import pkgutil

from monitor.reporters.base import REGISTRY, Reporter, register

log = logging.getLogger(__name__)


def _discover() -> None:
    for mod in pkgutil.iter_modules(__path__):
        if mod.name != "base":
            importlib.import_module(f"{__name__}.{mod.name}")


def load_reporters(settings, ctx) -> list[Reporter]:
    _discover()
    cfg = settings.section("reporters")
    enabled = cfg.get("enabled", list(REGISTRY))
    out = []
    for name in enabled:
        cls = REGISTRY.get(name)
        if cls is None:
            log.warning("reporter %r enabled but not found", name)
            continue
        out.append(cls.from_config(cfg.get(name, {}), ctx))
    return out


__all__ = ["REGISTRY", "Reporter", "register", "load_reporters"]
