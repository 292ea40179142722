"""Conversation state kept on the kernel between cells."""
from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field


@dataclass
class Turn:
    execution_count: int
    prompt: str
    response: str = ""
    provider: str = ""
    model: str = ""
    code: str | None = None  # set for %explain cells
    output: str | None = None
    created: float = field(default_factory=time.time)


class TurnIdGenerator:
    """Monotonic ids for turns; survives %reset so ids never repeat."""

    def __init__(self, start: int = 1):
        self._counter = itertools.count(start)

    def generate(self) -> int:
        return next(self._counter)


class ChatSession:
    def __init__(self, system_prompt: str, max_turns: int = 50):
        self.system_prompt = system_prompt
        self.max_turns = max_turns
        self.turns: list[Turn] = []
        self.ids = TurnIdGenerator()
        self.last_output: str | None = None

    def add(self, execution_count: int, prompt: str, **kw) -> Turn:
        turn = Turn(execution_count=execution_count, prompt=prompt, **kw)
        self.turns.append(turn)
        if len(self.turns) > self.max_turns:
            self.turns = self.turns[-self.max_turns :]
        return turn

    def messages(self, include_system: bool = True) -> list[dict[str, str]]:
        msgs: list[dict[str, str]] = []
        if include_system and self.system_prompt:
            msgs.append({"role": "system", "content": self.system_prompt})
        for t in self.turns:
            if not t.response:
                continue
            msgs.append({"role": "user", "content": t.prompt})
            msgs.append({"role": "assistant", "content": t.response})
        return msgs

    def with_prompt(self, prompt: str) -> list[dict[str, str]]:
        return self.messages() + [{"role": "user", "content": prompt}]

    def find(self, execution_count: int) -> Turn | None:
        for t in reversed(self.turns):
            if t.execution_count == execution_count:
                return t
        return None

    def reset(self) -> None:
        self.turns.clear()
        self.last_output = None

    def transcript(self) -> str:
        lines = []
        for t in self.turns:
            lines.append(f"[{t.execution_count}] you: {t.prompt}")
            if t.response:
                lines.append(f"[{t.execution_count}] {t.provider or 'llm'}: {t.response}")
        return "\n".join(lines)
