"""Base classes for topic consumers."""
from __future__ import annotations

import abc
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Optional, Type, TypeVar

from core.services import Services

logger = logging.getLogger(__name__)


@dataclass
class Message:
    topic: str
    key: Optional[str]
    value: Dict[str, Any]
    headers: Dict[str, str] = field(default_factory=dict)
    offset: int = -1
    partition: int = -1
    attempts: int = 0

    @classmethod
    def from_bytes(cls, topic: str, raw: bytes, **meta: Any) -> "Message":
        return cls(topic=topic, key=meta.pop("key", None), value=json.loads(raw), **meta)

    @property
    def event_id(self) -> str:
        return str(self.value.get("id") or self.headers.get("event-id") or f"{self.partition}:{self.offset}")


class HandlerError(Exception):
    """Raised by handlers for messages that should go to the dead-letter queue."""

    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class Consumer(abc.ABC):
    topic: str = ""
    max_attempts: int = 3

    def __init__(self) -> None:
        self.log = logging.getLogger(f"consumers.{type(self).__name__}")

    @abc.abstractmethod
    def handle(self, message: Message) -> Any:
        ...

    def process(self, message: Message) -> Any:
        started = time.monotonic()
        try:
            result = self.handle(message)
        except HandlerError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise HandlerError(str(exc), retryable=True) from exc
        finally:
            self.log.info(
                "handled %s event=%s in %.0fms",
                message.topic,
                message.event_id,
                (time.monotonic() - started) * 1000,
            )
        return result


class LLMConsumer(Consumer):
    """Consumer with convenient access to the shared model clients."""

    @property
    def llm(self):
        if Services.llm is None:
            raise RuntimeError("Services.bootstrap() has not run")
        return Services.llm

    @property
    def azure(self):
        return Services.azure


REGISTRY: Dict[str, Type[Consumer]] = {}
C = TypeVar("C", bound=Type[Consumer])


def handles(*topics: str) -> Callable[[C], C]:
    def register(cls: C) -> C:
        for topic in topics:
            if topic in REGISTRY and REGISTRY[topic] is not cls:
                raise ValueError(f"{topic} already handled by {REGISTRY[topic].__name__}")
            REGISTRY[topic] = cls
        if not cls.topic:
            cls.topic = topics[0]
        return cls

    return register
