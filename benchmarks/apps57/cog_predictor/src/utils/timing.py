from __future__ import annotations

import contextlib
import logging
import time
from typing import Iterator

logger = logging.getLogger(__name__)


class StageTimer:
    def __init__(self) -> None:
        self.stages: dict[str, float] = {}

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            self.stages[name] = self.stages.get(name, 0.0) + elapsed
            logger.info("stage %s took %.2fs", name, elapsed)

    def as_metrics(self) -> dict[str, float]:
        return {f"time_{k}_s": round(v, 3) for k, v in self.stages.items()}
