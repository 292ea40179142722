"""Small opt-in plugins. Each exposes `setup(app)`."""
from __future__ import annotations

import importlib

AVAILABLE = ("audit", "narrate")


def enable(app, name: str) -> None:
    module = importlib.import_module(f"querysh.plugins.{name}")
    module.setup(app)
