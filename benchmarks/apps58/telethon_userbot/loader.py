"""Plugin loader.

Two styles co-exist:
  * old plugins define ``setup(client)`` and use ``@client.on(...)`` inside it;
  * ``@events.register(...)`` functions are picked up automatically;
  * new plugins expose ``HANDLERS = [(callback, event_builder), ...]`` and we
    register them here with ``client.add_event_handler``.
"""
from __future__ import annotations

import importlib
import logging
import pkgutil

from telethon import TelegramClient, events

import plugins

log = logging.getLogger(__name__)

DISABLED = {"notes_legacy"}


def load_plugins(client: TelegramClient) -> list[str]:
    loaded: list[str] = []
    for info in pkgutil.iter_modules(plugins.__path__):
        name = info.name
        if name.startswith("_") or name in DISABLED:
            continue
        try:
            module = importlib.import_module(f"plugins.{name}")
        except Exception:  # noqa: BLE001
            log.exception("failed to import plugin %s", name)
            continue
        for attr in vars(module).values():
            if callable(attr) and events.is_handler(attr):
                client.add_event_handler(attr)
        for callback, builder in getattr(module, "HANDLERS", []):
            client.add_event_handler(callback, builder)
        setup = getattr(module, "setup", None)
        if callable(setup):
            setup(client)
        loaded.append(name)
    log.info("loaded plugins: %s", ", ".join(loaded))
    return loaded
