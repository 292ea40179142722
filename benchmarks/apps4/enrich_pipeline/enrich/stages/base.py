"""Stage protocol and shared base classes."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import (
    TYPE_CHECKING, Any, Awaitable, Callable, Dict, Iterable, List, Optional, Protocol, TypeVar,
    runtime_checkable,
)

from enrich.config import DEFAULT_CEREBRAS_MODEL
from enrich.models import Batch
from enrich.utils.text import strip_code_fence

if TYPE_CHECKING:
    from cerebras.cloud.sdk import Cerebras

    from enrich.context import Context

T = TypeVar("T")
R = TypeVar("R")


@runtime_checkable
class Stage(Protocol):
    name: str

    async def run(self, batch: Batch) -> Batch:
        ...


class BaseStage:
    """Common plumbing: options, logging and bounded concurrency."""

    name = "base"

    def __init__(self, ctx: "Context", **options: Any) -> None:
        self.ctx = ctx
        self.options = options
        self.log = logging.getLogger(f"enrich.stages.{self.name}")
        self._sem = asyncio.Semaphore(int(options.get("concurrency", ctx.settings.concurrency)))

    def opt(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    async def _bounded(self, fn: Callable[[T], Awaitable[R]], item: T) -> R:
        async with self._sem:
            return await fn(item)

    async def gather_bounded(self, fn: Callable[[T], Awaitable[R]], items: Iterable[T],
                             return_exceptions: bool = True) -> List[Any]:
        return await asyncio.gather(
            *(self._bounded(fn, item) for item in items), return_exceptions=return_exceptions
        )

    async def run(self, batch: Batch) -> Batch:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.options}>"


class ChatCompletionStage(BaseStage):
    """Base for stages that ask a fast chat model for short JSON answers."""

    model = DEFAULT_CEREBRAS_MODEL
    temperature = 0.0

    @property
    def client(self) -> "Cerebras":
        return self.ctx.cerebras

    @staticmethod
    def parse_json(content: Optional[str]) -> Dict[str, Any]:
        if not content:
            return {}
        try:
            value = json.loads(strip_code_fence(content))
        except json.JSONDecodeError:
            return {}
        return value if isinstance(value, dict) else {}
