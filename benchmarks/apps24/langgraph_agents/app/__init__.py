"""custops-agents: LangGraph customer operations service."""

__version__ = "0.14.2"
