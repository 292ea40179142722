"""Common provider interface used by the chat features."""
from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import AsyncIterator


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


Message = dict[str, str]


class ChatProvider(abc.ABC):
    name: str = "base"

    def __init__(self, client: object, model: str) -> None:
        self.client = client
        self.model = model

    @abc.abstractmethod
    async def complete(self, messages: list[Message], **kwargs) -> Completion:
        ...

    async def stream(self, messages: list[Message], **kwargs) -> AsyncIterator[str]:
        result = await self.complete(messages, **kwargs)
        yield result.text

    def describe(self) -> dict[str, str]:
        return {"provider": self.name, "model": self.model}


def split_system(messages: list[Message]) -> tuple[str | None, list[Message]]:
    system = None
    rest: list[Message] = []
    for m in messages:
        if m["role"] == "system":
            system = (system + "\n" if system else "") + m["content"]
        else:
            rest.append(m)
    return system, rest
