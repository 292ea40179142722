from lab.components.chart_card import ChartCard
from lab.components.chat_panel import ChatPanel
from lab.components.dataset_table import DatasetTable
from lab.components.sidebar import ModelPicker, UsageSidebar

__all__ = ["ChartCard", "ChatPanel", "DatasetTable", "ModelPicker", "UsageSidebar"]
