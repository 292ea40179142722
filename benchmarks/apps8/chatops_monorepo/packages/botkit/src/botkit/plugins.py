"""Loads optional command modules from the top-level plugins/ folder."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path
from typing import Iterable

logger = logging.getLogger(__name__)


def load_plugins(plugins_dir: str, disabled: Iterable[str] = ()) -> list[str]:
    root = Path(plugins_dir)
    if not root.is_dir():
        logger.warning("plugins dir %s not found, skipping", root)
        return []
    disabled = set(disabled)
    loaded = []
    for path in sorted(root.glob("*.py")):
        name = path.stem
        if name.startswith("_") or name in disabled:
            continue
        mod_name = f"chatops_plugins.{name}"
        spec = importlib.util.spec_from_file_location(mod_name, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        sys.modules[mod_name] = module
        try:
            spec.loader.exec_module(module)
        except Exception:
            logger.exception("failed to load plugin %s", name)
            sys.modules.pop(mod_name, None)
            continue
        loaded.append(name)
    logger.info("loaded plugins: %s", ", ".join(loaded) or "(none)")
    return loaded
