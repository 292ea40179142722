"""Tiny fluent pipeline: ``Pipeline().add(step_a).add(step_b).run(payload)``."""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Optional

logger = logging.getLogger(__name__)

Step = Callable[[Any], Any]


class Pipeline:
    def __init__(self, name: str = "pipeline") -> None:
        self.name = name
        self._steps: list[tuple[str, Step]] = []
        self.timings: dict[str, float] = {}

    def add(self, step: Step, *, name: Optional[str] = None) -> "Pipeline":
        step_name = name or getattr(step, "__name__", type(step).__name__)
        self._steps.append((step_name, step))
        return self

    def run(self, payload: Any) -> Any:
        for step_name, step in self._steps:
            started = time.perf_counter()
            payload = step(payload)
            self.timings[step_name] = time.perf_counter() - started
            logger.info("%s: %s took %.2fs", self.name, step_name, self.timings[step_name])
        return payload

    def __len__(self) -> int:
        return len(self._steps)

    def __repr__(self) -> str:
        return f"Pipeline({self.name!r}, steps={[name for name, _ in self._steps]})"
