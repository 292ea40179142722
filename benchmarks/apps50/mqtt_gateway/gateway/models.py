"""Payload models shared by handlers."""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class SensorWindow:
    sensor_id: str
    kind: str
    unit: str
    values: list[float]
    lo: float
    hi: float
    ts: float = field(default_factory=time.time)

    @classmethod
    def from_payload(cls, sensor_id: str, payload: dict[str, Any]) -> "SensorWindow":
        return cls(
            sensor_id=sensor_id,
            kind=payload.get("kind", "unknown"),
            unit=payload.get("unit", ""),
            values=[float(v) for v in payload["values"]],
            lo=float(payload.get("lo", float("-inf"))),
            hi=float(payload.get("hi", float("inf"))),
            ts=float(payload.get("ts", time.time())),
        )


@dataclass
class Alarm:
    alarm_id: str
    area: str
    code: str
    message: str
    priority: int = 3
    ts: float = field(default_factory=time.time)

    def line(self) -> str:
        return f"[P{self.priority}] {self.area}/{self.code}: {self.message}"


@dataclass
class Classification:
    sensor_id: str
    label: str
    severity: int
    reason: str
    model: str

    def to_json(self) -> str:
        return json.dumps(asdict(self))


@dataclass
class OperatorQuestion:
    question_id: str
    operator: str
    text: str
    context_sensors: list[str] = field(default_factory=list)
    reply_topic: str | None = None
