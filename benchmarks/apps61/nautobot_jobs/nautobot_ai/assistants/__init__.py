"""Network automation assistants."""

from nautobot_ai.assistants.change_planner import ChangePlanner
from nautobot_ai.assistants.config_explainer import ConfigExplainer
from nautobot_ai.assistants.incident_summary import IncidentSummariser

__all__ = ["ChangePlanner", "ConfigExplainer", "IncidentSummariser"]
