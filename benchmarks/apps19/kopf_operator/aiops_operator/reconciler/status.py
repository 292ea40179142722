"""Status condition helpers (k8s-style conditions on .status.conditions)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclasses.dataclass
class Condition:
    type: str
    status: str
    reason: str
    message: str = ""
    last_transition_time: str = dataclasses.field(default_factory=_now)

    @classmethod
    def create(cls, type_: str, ok: bool, reason: str, message: str = "") -> "Condition":
        return cls(type=type_, status="True" if ok else "False", reason=reason, message=message[:1024])

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "status": self.status,
            "reason": self.reason,
            "message": self.message,
            "lastTransitionTime": self.last_transition_time,
        }


def set_condition(patch, status: dict, cond: Condition) -> None:
    """Upsert a condition; keep lastTransitionTime when status did not flip."""
    conditions = [dict(c) for c in (status or {}).get("conditions", [])]
    for existing in conditions:
        if existing.get("type") == cond.type:
            if existing.get("status") == cond.status:
                cond.last_transition_time = existing.get("lastTransitionTime", cond.last_transition_time)
            conditions.remove(existing)
            break
    conditions.append(cond.as_dict())
    patch.status["conditions"] = conditions


def set_phase(patch, phase: str, message: str = "") -> None:
    patch.status["phase"] = phase
    patch.status["message"] = message
    patch.status["observedAt"] = _now()
