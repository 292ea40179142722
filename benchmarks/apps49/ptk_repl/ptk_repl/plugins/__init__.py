"""Tiny plugin system.

A plugin is a module in this package (or an entry point in the
``ptk_repl.plugins`` group) exposing ``setup(state) -> Plugin``.
"""
from __future__ import annotations

import importlib
import logging
from importlib.metadata import entry_points

log = logging.getLogger(__name__)


class Plugin:
    name = "plugin"

    def __init__(self, state):
        self.state = state

    async def before_send(self, text: str) -> str | None:
        """Return the (possibly rewritten) text, or None to block it."""
        return text

    async def after_answer(self, question: str, answer: str) -> None:
        return None


def load_plugins(state, names: list[str]) -> dict[str, Plugin]:
    loaded: dict[str, Plugin] = {}
    eps = {ep.name: ep for ep in entry_points(group="ptk_repl.plugins")}
    for name in names:
        try:
            if name in eps:
                setup = eps[name].load()
            else:
                setup = importlib.import_module(f"ptk_repl.plugins.{name}").setup
            loaded[name] = setup(state)
        except Exception:
            log.exception("failed to load plugin %s", name)
    return loaded


async def run_before_send(plugins: dict[str, Plugin], text: str) -> str | None:
    for plugin in plugins.values():
        text = await plugin.before_send(text)
        if text is None:
            return None
    return text


async def run_after_answer(plugins: dict[str, Plugin], question: str, answer: str) -> None:
    for plugin in plugins.values():
        try:
            await plugin.after_answer(question, answer)
        except Exception:
            log.exception("plugin %s failed in after_answer", plugin.name)
