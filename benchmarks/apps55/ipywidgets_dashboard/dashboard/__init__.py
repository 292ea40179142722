"""Analyst dashboard: ipywidgets UI + LLM assistant."""
from dashboard.config import DashboardConfig
from dashboard.app import Dashboard

__all__ = ["Dashboard", "DashboardConfig"]
__version__ = "0.7.2"
