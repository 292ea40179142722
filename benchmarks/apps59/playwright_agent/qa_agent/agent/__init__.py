from qa_agent.agent.actions import Action, ActionType, parse_action
from qa_agent.agent.loop import Agent, AgentResult

__all__ = ["Action", "ActionType", "Agent", "AgentResult", "parse_action"]
