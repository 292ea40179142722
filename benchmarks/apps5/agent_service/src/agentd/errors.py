"""Exception hierarchy shared across agentd."""
from __future__ import annotations

from typing import Optional


class AgentError(Exception):
    """Base class for all agentd errors."""


class ToolNotFound(AgentError):
    def __init__(self, name: str) -> None:
        super().__init__(f"unknown tool: {name!r}")
        self.name = name


class ToolExecutionError(AgentError):
    def __init__(self, name: str, cause: BaseException) -> None:
        super().__init__(f"tool {name!r} failed: {cause}")
        self.name = name
        self.cause = cause


class GatewayError(AgentError):
    def __init__(self, vendor: str, message: str, status: Optional[int] = None) -> None:
        super().__init__(f"[{vendor}] {message}")
        self.vendor = vendor
        self.status = status

    @property
    def retryable(self) -> bool:
        return self.status is None or self.status == 429 or self.status >= 500


class PlanningError(AgentError):
    pass


class BudgetExceeded(AgentError):
    def __init__(self, steps: int) -> None:
        super().__init__(f"agent did not finish within {steps} steps")
        self.steps = steps
