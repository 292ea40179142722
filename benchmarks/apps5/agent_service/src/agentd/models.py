"""Domain models passed between the API, the agent loop and the gateway adapters."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any, Dict, List, Literal, Optional

from pydantic import BaseModel, Field

Role = Literal["system", "user", "assistant", "tool"]


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class ToolCall(BaseModel):
    id: str
    name: str
    arguments: Dict[str, Any] = Field(default_factory=dict)


class ChatMessage(BaseModel):
    role: Role
    content: str = ""
    name: Optional[str] = None
    tool_call_id: Optional[str] = None
    tool_calls: List[ToolCall] = Field(default_factory=list)


class ToolSpec(BaseModel):
    name: str
    description: str
    parameters: Dict[str, Any]


class ModelTurn(BaseModel):
    text: Optional[str] = None
    tool_calls: List[ToolCall] = Field(default_factory=list)
    stop_reason: Optional[str] = None
    model: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0


class Usage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0
    calls: int = 0

    def add(self, turn: ModelTurn) -> None:
        self.input_tokens += turn.input_tokens
        self.output_tokens += turn.output_tokens
        self.calls += 1


class PlanStep(BaseModel):
    description: str
    tool: Optional[str] = None
    depends_on: List[int] = Field(default_factory=list)


class Plan(BaseModel):
    goal: str
    steps: List[PlanStep]
    needs_clarification: bool = False


class AgentResult(BaseModel):
    run_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    answer: str
    steps: int
    usage: Usage = Field(default_factory=Usage)
    transcript: List[ChatMessage] = Field(default_factory=list)
    finished_at: datetime = Field(default_factory=_utcnow)


class Job(BaseModel):
    kind: str
    payload: Dict[str, Any] = Field(default_factory=dict)
    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    tenant_id: Optional[str] = None
    attempts: int = 0
    enqueued_at: datetime = Field(default_factory=_utcnow)
