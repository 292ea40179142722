"""Tool registry.

Tools are plain functions (sync or async). Register them with::

    @tool("get_weather", description="Current weather for a city", parameters={...})
    def get_weather(city: str) -> dict: ...
"""
from __future__ import annotations

import asyncio
import inspect
import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional

from agentd.errors import ToolExecutionError, ToolNotFound
from agentd.models import ToolSpec

log = logging.getLogger(__name__)

_SCHEMA_KEYS = {"type", "properties"}


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    parameters: Dict[str, Any]
    func: Callable[..., Any]
    tags: frozenset = field(default_factory=frozenset)

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.func)

    @property
    def spec(self) -> ToolSpec:
        return ToolSpec(name=self.name, description=self.description, parameters=self.parameters)

    async def invoke(self, **kwargs: Any) -> Any:
        try:
            if self.is_async:
                return await self.func(**kwargs)
            return await asyncio.to_thread(self.func, **kwargs)
        except Exception as exc:
            raise ToolExecutionError(self.name, exc) from exc


class ToolRegistry:
    def __init__(self) -> None:
        self._tools: Dict[str, Tool] = {}

    def register(
        self,
        name: str,
        *,
        description: str,
        parameters: Dict[str, Any],
        tags: Iterable[str] = (),
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        missing = _SCHEMA_KEYS - parameters.keys()
        if missing:
            raise ValueError(f"tool {name!r}: JSON schema is missing {sorted(missing)}")

        def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
            if name in self._tools and self._tools[name].func is not func:
                log.warning("tool %s re-registered by %s", name, func.__module__)
            self._tools[name] = Tool(name, description, parameters, func, frozenset(tags))
            return func

        return decorator

    def get(self, name: str) -> Tool:
        try:
            return self._tools[name]
        except KeyError:
            raise ToolNotFound(name) from None

    def names(self) -> List[str]:
        return list(self._tools)

    def specs(self, allow: Optional[Iterable[str]] = None) -> List[ToolSpec]:
        allowed = set(allow) if allow is not None else None
        return [t.spec for n, t in self._tools.items() if allowed is None or n in allowed]

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)


registry = ToolRegistry()
tool = registry.register
