from dashboard.widgets.chart_tab import ChartTab
from dashboard.widgets.chat_panel import ChatPanel
from dashboard.widgets.controls import ModelPicker
from dashboard.widgets.data_tab import DataTab
from dashboard.widgets.sql_tab import SQLTab
from dashboard.widgets.summary_tab import SummaryTab

__all__ = ["ChartTab", "ChatPanel", "DataTab", "ModelPicker", "SQLTab", "SummaryTab"]
