"""wx.App subclass: wires the clients, registry, plugins and main frame together."""
from __future__ import annotations

import logging

import wx

from research_assistant import APP_NAME, VENDOR_NAME
from research_assistant.core import ClientBundle, registry
from research_assistant.core.history import HistoryStore
from research_assistant.plugins import PluginManager
from research_assistant.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class ResearchApp(wx.App):
    def OnInit(self):
        self.SetAppName(APP_NAME)
        self.SetVendorName(VENDOR_NAME)
        self.clients = ClientBundle()
        self.registry = registry
        self.history = HistoryStore()
        self.tracker = llm_tracker
        self.plugins = PluginManager(self.clients)
        self.plugins.load_enabled()

        from research_assistant.ui.main_frame import MainFrame  # avoid import cycle
        self.frame = MainFrame(None, title="Research Assistant")
        self.SetTopWindow(self.frame)
        self.frame.Show()
        log.info("Started with providers: %s", ", ".join(registry.names()))
        return True

    def OnExit(self):
        try:
            self.history.close()
        except Exception:
            log.exception("closing history failed")
        return super().OnExit()
