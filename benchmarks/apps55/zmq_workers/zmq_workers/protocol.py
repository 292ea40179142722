"""Job / result envelopes shared by client, broker and workers."""
from __future__ import annotations

import time
import uuid
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class JobType(str, Enum):
    SUMMARIZE = "summarize"
    SUMMARIZE_LONG = "summarize_long"
    TRANSCRIBE = "transcribe"
    TRANSLATE = "translate"
    DETECT_LANGUAGE = "detect_language"
    EMBED = "embed"
    RERANK = "rerank"
    MODERATE = "moderate"
    CLASSIFY = "classify"
    ANSWER = "answer"


class JobStatus(str, Enum):
    OK = "ok"
    ERROR = "error"
    REJECTED = "rejected"


@dataclass
class Job:
    job_type: str
    payload: dict[str, Any]
    job_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    submitted_at: float = field(default_factory=time.time)
    tenant: str | None = None
    priority: int = 0

    @classmethod
    def create(cls, job_type: str | JobType, tenant: str | None = None, **payload: Any) -> "Job":
        jt = job_type.value if isinstance(job_type, JobType) else job_type
        return cls(job_type=jt, payload=payload, tenant=tenant)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Job":
        return cls(
            job_type=data["job_type"],
            payload=data.get("payload") or {},
            job_id=data.get("job_id") or uuid.uuid4().hex,
            submitted_at=data.get("submitted_at") or time.time(),
            tenant=data.get("tenant"),
            priority=int(data.get("priority") or 0),
        )


@dataclass
class JobResult:
    job_id: str
    status: str
    result: Any = None
    error: str | None = None
    worker: str | None = None
    elapsed_ms: float | None = None
    usage: dict[str, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "JobResult":
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})
