"""Plugin manager construction.

Built-in plugins live in :mod:`docflow.plugins`; third-party plugins are
discovered through the ``docflow.plugins`` setuptools entry point group.
"""
from __future__ import annotations

import importlib
import logging

import pluggy

from docflow import PROJECT_NAME, hookspecs
from docflow.config import Settings, get_settings
from docflow.plugins import BUILTIN_PLUGINS

log = logging.getLogger(__name__)

ENTRYPOINT_GROUP = "docflow.plugins"


def _tracing(hook_name, hook_impls, kwargs):  # pragma: no cover - debug aid
    log.debug("calling %s on %d impls", hook_name, len(hook_impls))


def get_plugin_manager(settings: Settings | None = None) -> pluggy.PluginManager:
    settings = settings or get_settings()
    pm = pluggy.PluginManager(PROJECT_NAME)
    pm.add_hookspecs(hookspecs)

    for dotted in BUILTIN_PLUGINS:
        short = dotted.rsplit(".", 1)[-1]
        if short in settings.disabled_plugins:
            log.info("skipping disabled built-in plugin %s", short)
            continue
        module = importlib.import_module(dotted)
        # Class-based plugins expose a factory; module plugins register as-is.
        factory = getattr(module, "make_plugin", None)
        plugin = factory(settings) if factory else module
        if plugin is None:
            continue
        pm.register(plugin, name=short)

    if settings.load_entrypoints:
        loaded = pm.load_setuptools_entrypoints(ENTRYPOINT_GROUP)
        if loaded:
            log.info("loaded %d plugin(s) from entry points", loaded)

    for name in settings.disabled_plugins:
        if pm.has_plugin(name):
            pm.set_blocked(name)

    pm.check_pending()
    if settings.environment == "dev":
        pm.add_hookcall_monitoring(_tracing, lambda *a: None)
    return pm
