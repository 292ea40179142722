"""Plugin discovery and execution."""
from __future__ import annotations

import importlib
import logging
import threading

import wx
from pubsub import pub

from research_assistant import config
from research_assistant.core import bus
from research_assistant.plugins.base import Plugin, PluginContext

log = logging.getLogger(__name__)

BUILTIN = {
    "translate": "research_assistant.plugins.translate:TranslatePlugin",
    "citation": "research_assistant.plugins.citation:CitationPlugin",
    "grok_news": "research_assistant.plugins.grok_news:GrokNewsPlugin",
    "local_llm": "research_assistant.plugins.ollama_local:LocalLLMPlugin",
    "gemini_vision": "research_assistant.plugins.gemini_vision:GeminiVisionPlugin",
}


class PluginManager:
    def __init__(self, clients):
        self.context = PluginContext(clients=clients, settings={})
        self.plugins: dict[str, Plugin] = {}
        pub.subscribe(self._on_run_request, bus.TOPIC_PLUGIN_RUN)

    def load_enabled(self) -> None:
        for name in config.enabled_plugins():
            self.load(name)

    def load(self, name: str) -> Plugin | None:
        target = BUILTIN.get(name, name)
        module_name, _, cls_name = target.partition(":")
        try:
            cls = getattr(importlib.import_module(module_name), cls_name)
            plugin = cls(self.context)
        except Exception:
            log.exception("could not load plugin %s", name)
            return None
        if plugin.available():
            self.plugins[plugin.name] = plugin
        return plugin

    def _on_run_request(self, name, text, **options):
        plugin = self.plugins.get(name)
        if plugin is None:
            bus.status(f"Plugin {name} is not loaded")
            return

        def work():
            try:
                result = plugin.generate(text, **options)
            except Exception as exc:
                result = f"[{name} failed: {exc}]"
            wx.CallAfter(pub.sendMessage, bus.TOPIC_PLUGIN_RESULT, name=name, text=result)

        threading.Thread(target=work, daemon=True, name=f"plugin-{name}").start()
