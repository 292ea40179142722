"""Copy-review plugins shown on the Copywriter page."""

from __future__ import annotations

import logging
from typing import Iterable, Optional

from toolkit.plugins.base import BasePlugin, PluginResult
from toolkit.plugins.compliance import CompliancePlugin
from toolkit.plugins.seo import SeoPlugin
from toolkit.plugins.tone_check import ToneCheckPlugin
from toolkit.plugins.translate import TranslatePlugin

logger = logging.getLogger(__name__)

PLUGINS: list[type[BasePlugin]] = [SeoPlugin, ToneCheckPlugin, CompliancePlugin, TranslatePlugin]


def run_plugins(text: str, enabled: Optional[Iterable[str]] = None) -> list[PluginResult]:
    wanted = set(enabled) if enabled is not None else None
    results: list[PluginResult] = []
    for plugin in PLUGINS:
        if wanted is not None and plugin.name not in wanted:
            continue
        try:
            results.append(plugin().run(text))
        except Exception:
            logger.exception("plugin %s failed", plugin.name)
            results.append(PluginResult(plugin=plugin.name, summary="Plugin failed, see logs."))
    return results


__all__ = ["PLUGINS", "BasePlugin", "PluginResult", "run_plugins"]
