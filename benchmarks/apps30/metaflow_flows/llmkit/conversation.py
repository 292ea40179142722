"""Tiny multi-turn conversation wrapper on top of the router.

Used by the synthetic-dialogue generator. ``Conversation.chat`` is our own
method; the actual request happens in ``ProviderRouter.complete``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from llmkit.router import Completion, ProviderRouter


@dataclass
class Turn:
    role: str
    content: str


@dataclass
class Conversation:
    router: ProviderRouter
    provider: str = "anthropic"
    system: str | None = None
    turns: list[Turn] = field(default_factory=list)
    max_history_chars: int = 12_000

    def _transcript(self) -> str:
        lines = [f"{t.role.upper()}: {t.content}" for t in self.turns]
        text = "\n".join(lines)
        return text[-self.max_history_chars :]

    def chat(self, user_message: str) -> str:
        self.turns.append(Turn("user", user_message))
        completion: Completion = self.router.complete(
            self._transcript() + "\nASSISTANT:",
            system=self.system,
            provider=self.provider,
        )
        self.turns.append(Turn("assistant", completion.text))
        return completion.text

    def reset(self) -> None:
        self.turns.clear()
