"""Plain data containers passed between stages."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

import pandas as pd


@dataclass
class Batch:
    """A slice of the input table plus bookkeeping."""

    run_id: str
    index: int
    frame: pd.DataFrame
    meta: Dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.frame)

    def with_frame(self, frame: pd.DataFrame) -> "Batch":
        return Batch(run_id=self.run_id, index=self.index, frame=frame, meta=dict(self.meta))

    @property
    def key(self) -> str:
        return f"{self.run_id}/{self.index:05d}"


@dataclass
class StageReport:
    stage: str
    batch_key: str
    rows_in: int
    rows_out: int
    started_at: float = field(default_factory=time.time)
    finished_at: Optional[float] = None
    errors: List[str] = field(default_factory=list)

    def finish(self, rows_out: int) -> "StageReport":
        self.rows_out = rows_out
        self.finished_at = time.time()
        return self

    @property
    def seconds(self) -> float:
        if self.finished_at is None:
            return 0.0
        return round(self.finished_at - self.started_at, 3)


@dataclass
class RunSummary:
    run_id: str
    batches: int = 0
    rows: int = 0
    failed_batches: List[str] = field(default_factory=list)
    reports: List[StageReport] = field(default_factory=list)

    def add(self, report: StageReport) -> None:
        self.reports.append(report)
