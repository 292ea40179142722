from agentd.agent.loop import AgentLoop

__all__ = ["AgentLoop"]
