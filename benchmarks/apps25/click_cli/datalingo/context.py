"""Objects stored on the click context.

History: until 0.7 the group callback put a plain dict on ``ctx.obj``. 0.8 moved to
the :class:`AppContext` dataclass below; the ``__getitem__`` shim keeps the old
``ctx.obj["clients"]`` commands working until they are ported (see TODO in cli.py).
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

from datalingo.clients import Clients
from datalingo.config import Settings

if TYPE_CHECKING:
    from datalingo.cache import ResponseCache
    from datalingo.providers.base import Provider


@dataclass
class AppContext:
    settings: Settings
    clients: Clients
    cache: "ResponseCache | None" = None
    providers: dict[str, "Provider"] = field(default_factory=dict)
    verbose: int = 0

    @property
    def provider(self) -> "Provider":
        """The provider picked with --provider on the group."""
        return self.providers[self.settings.provider]

    def get_provider(self, name: str | None = None) -> "Provider":
        name = name or self.settings.provider
        try:
            return self.providers[name]
        except KeyError:
            raise click.UsageError(
                f"provider {name!r} is not configured (have: {', '.join(self.providers) or 'none'})"
            ) from None

    # -- legacy dict access ---------------------------------------------------------
    _LEGACY_KEYS = {"settings", "clients", "cache", "providers", "verbose"}

    def __getitem__(self, key: str) -> Any:
        if key not in self._LEGACY_KEYS:
            raise KeyError(key)
        warnings.warn(
            "dict-style ctx.obj access is deprecated, use pass_app",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default


pass_app = click.make_pass_decorator(AppContext)
"""Decorator for new-style commands: injects the AppContext as first argument."""
