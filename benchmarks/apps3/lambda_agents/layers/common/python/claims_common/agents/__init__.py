from claims_common.agents.claims_agent import AgentLoopExceeded, AgentResult, ClaimsAgent

__all__ = ["AgentLoopExceeded", "AgentResult", "ClaimsAgent"]
