"""Shiny modules, one per navbar tab (plus the shared chat panel)."""
from modules.ask import ask_server, ask_ui
from modules.charts import charts_server, charts_ui
from modules.chat_panel import chat_panel_server, chat_panel_ui
from modules.compare import compare_server, compare_ui
from modules.research import research_server, research_ui
from modules.settings_panel import settings_server, settings_ui
from modules.summary import summary_server, summary_ui
from modules.upload import upload_server, upload_ui

__all__ = [
    "ask_server", "ask_ui",
    "charts_server", "charts_ui",
    "chat_panel_server", "chat_panel_ui",
    "compare_server", "compare_ui",
    "research_server", "research_ui",
    "settings_server", "settings_ui",
    "summary_server", "summary_ui",
    "upload_server", "upload_ui",
]
