"""Conversation objects shared by the multi-turn evals (no network here)."""
from __future__ import annotations

import dataclasses
import uuid
from typing import Dict, List, Optional


@dataclasses.dataclass
class Turn:
    role: str
    content: str


@dataclasses.dataclass
class Conversation:
    id: str
    turns: List[Turn] = dataclasses.field(default_factory=list)
    metadata: Dict[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def create(cls, system: Optional[str] = None, **metadata: str) -> "Conversation":
        conv = cls(id=uuid.uuid4().hex[:12], metadata=dict(metadata))
        if system:
            conv.turns.append(Turn("system", system))
        return conv

    def chat(self, role: str, content: str) -> "Conversation":
        """Append a turn; returns self so fixtures can chain."""
        self.turns.append(Turn(role, content))
        return self

    def as_openai(self) -> List[Dict[str, str]]:
        return [{"role": t.role, "content": t.content} for t in self.turns]

    def as_anthropic(self) -> tuple[Optional[str], List[Dict[str, str]]]:
        system = next((t.content for t in self.turns if t.role == "system"), None)
        msgs = [{"role": t.role, "content": t.content} for t in self.turns if t.role != "system"]
        return system, msgs

    def as_bedrock(self) -> List[dict]:
        return [
            {"role": t.role, "content": [{"text": t.content}]}
            for t in self.turns
            if t.role != "system"
        ]
