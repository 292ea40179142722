from __future__ import annotations

import abc
from typing import Any

REGISTRY: dict[str, type["Reporter"]] = {}


def register(name: str):
    def deco(cls):
        cls.name = name
        REGISTRY[name] = cls
        return cls
    return deco


class Reporter(abc.ABC):
    name: str = "base"

    def __init__(self, config: dict[str, Any], ctx=None) -> None:
        self.config = config
        self.ctx = ctx

    @classmethod
    def from_config(cls, config: dict[str, Any], ctx=None) -> "Reporter":
        return cls(config, ctx)

    @abc.abstractmethod
    async def send(self, title: str, body: str) -> None:
        ...

    def generate(self, title: str, body: str) -> str:
        """Render the payload for this channel. Subclasses override."""
        return f"{title}\n\n{body}"
