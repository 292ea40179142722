"""Task envelope models shared by the queue, runner and plugins."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from pydantic import BaseModel, Field


class TaskStatus(str, Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Task(BaseModel):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    kind: str
    payload: dict[str, Any] = Field(default_factory=dict)
    tenant: str = "default"
    attempts: int = 0
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def create(cls, kind: str, **payload: Any) -> "Task":
        return cls(kind=kind, payload=payload)

    def to_stream_fields(self) -> dict[str, str]:
        return {"task": self.model_dump_json()}

    @classmethod
    def from_stream_fields(cls, fields: dict[bytes | str, bytes | str]) -> "Task":
        raw = fields.get(b"task") or fields.get("task")
        if isinstance(raw, bytes):
            raw = raw.decode()
        return cls.model_validate(json.loads(raw))


class TaskResult(BaseModel):
    task_id: str
    status: TaskStatus
    output: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None
    model: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    finished_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def ok(cls, task: Task, output: dict[str, Any], **kw: Any) -> "TaskResult":
        return cls(task_id=task.id, status=TaskStatus.DONE, output=output, **kw)

    @classmethod
    def failed(cls, task: Task, error: str) -> "TaskResult":
        return cls(task_id=task.id, status=TaskStatus.FAILED, error=error)
