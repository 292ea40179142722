"""Action schema the vision model answers with, plus a forgiving parser."""
from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass, field
from typing import Any


class ActionType(str, enum.Enum):
    CLICK = "click"
    FILL = "fill"
    GOTO = "goto"
    SCROLL = "scroll"
    PRESS = "press"
    REPORT_BUG = "report_bug"
    DONE = "done"


@dataclass
class Action:
    type: ActionType
    selector: str | None = None
    text: str | None = None
    url: str | None = None
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "selector": self.selector,
            "text": self.text,
            "url": self.url,
            "reason": self.reason,
        }


ACTION_JSON_SCHEMA = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": [a.value for a in ActionType]},
        "selector": {"type": ["string", "null"]},
        "text": {"type": ["string", "null"]},
        "url": {"type": ["string", "null"]},
        "reason": {"type": "string"},
    },
    "required": ["type", "reason"],
}

_FENCE = re.compile(r"```(?:json)?\s*(\{.*?\})\s*```", re.S)


def parse_action(raw: str) -> Action:
    """Models sometimes wrap JSON in prose or fences; dig it out."""
    m = _FENCE.search(raw)
    blob = m.group(1) if m else raw[raw.find("{"): raw.rfind("}") + 1]
    try:
        data = json.loads(blob)
    except json.JSONDecodeError as exc:
        raise ValueError(f"model did not return an action: {raw[:200]!r}") from exc
    try:
        kind = ActionType(data.get("type", "").lower())
    except ValueError:
        kind = ActionType.DONE
    return Action(
        type=kind,
        selector=data.get("selector"),
        text=data.get("text"),
        url=data.get("url"),
        reason=data.get("reason", ""),
        extra={k: v for k, v in data.items() if k not in {"type", "selector", "text", "url", "reason"}},
    )
