from __future__ import annotations

import abc
import time
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from jobs.common.prompts import PromptTemplate


@dataclass
class EnrichResult:
    id: str
    enrichment: str | None
    provider: str
    latency_ms: float


class Enricher(abc.ABC):
    """One instance per partition. Subclasses implement ``complete``."""

    provider: str = "base"

    def __init__(self, cfg: dict[str, Any], template: PromptTemplate, system: str | None = None) -> None:
        self.cfg = cfg
        self.template = template
        self.system = system

    @abc.abstractmethod
    def complete(self, prompt: str) -> str:
        ...

    def enrich(self, rows: Iterable[Any], text_field: str = "text", id_field: str = "id") -> Iterator[EnrichResult]:
        for row in rows:
            d = row.asDict() if hasattr(row, "asDict") else dict(row)
            prompt = self.template.generate(**{k: str(v) for k, v in d.items() if v is not None})
            t0 = time.perf_counter()
            try:
                out = self.complete(prompt)
            except Exception as exc:  # noqa: BLE001
                out = None
                self.on_error(d.get(id_field), exc)
            yield EnrichResult(str(d.get(id_field)), out, self.provider, (time.perf_counter() - t0) * 1000)

    def on_error(self, row_id: Any, exc: Exception) -> None:
        import logging

        logging.getLogger(type(self).__name__).warning("row %s failed: %s", row_id, exc)
