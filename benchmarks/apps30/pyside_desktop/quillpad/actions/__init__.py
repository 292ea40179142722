"""Plugin loader for the actions folder."""
from __future__ import annotations

import importlib
import logging
import pkgutil

from quillpad.actions.base import ACTIONS, Action, ActionContext, register

log = logging.getLogger(__name__)

_loaded = False


def load_actions() -> dict[str, type[Action]]:
    global _loaded
    if _loaded:
        return ACTIONS
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "base":
            continue
        try:
            importlib.import_module(f"{__name__}.{info.name}")
        except ImportError:
            log.warning("action plugin %s could not be imported", info.name, exc_info=True)
    _loaded = True
    return ACTIONS


__all__ = ["ACTIONS", "Action", "ActionContext", "register", "load_actions"]
