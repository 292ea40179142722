from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Message:
    role: str
    content: str


@dataclass
class Conversation:
    id: str
    messages: list[Message] = field(default_factory=list)

    def transcript(self) -> str:
        return "\n".join(f"{m.role}: {m.content}" for m in self.messages)

    def append(self, role: str, content: str) -> None:
        self.messages.append(Message(role, content))


@dataclass
class Summary:
    conversation_id: str
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass
class Classification:
    label: str
    confidence: float
    model: str


@dataclass
class Passage:
    doc_id: str
    text: str
    score: float = 0.0
    embedding: list[float] | None = None
