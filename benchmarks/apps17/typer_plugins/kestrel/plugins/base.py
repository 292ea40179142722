"""Plugin contract.

A plugin is a class with a ``name`` and a ``register(app, ctx)`` method. It receives the
root Typer app and may add commands or whole sub-apps to it. Third-party packages expose
plugins through the ``kestrel.plugins`` entry-point group.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Dict

import typer

from kestrel.config import Settings


@dataclass
class PluginContext:
    settings: Settings
    logger: logging.Logger
    extras: Dict[str, Any] = field(default_factory=dict)


class KestrelPlugin:
    name: str = ""
    version: str = "0.0.0"
    description: str = ""

    def register(self, app: typer.Typer, ctx: PluginContext) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}@{self.version}>"
