"""Tiny file-backed result store (one JSON file per job)."""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..config import get_settings


@dataclass
class StoredResult:
    job_id: str
    job_type: str
    data: dict[str, Any]
    created_at: float


class ResultStore:
    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root or get_settings().results_dir)

    def _path(self, job_id: str) -> Path:
        return self.root / job_id[:2] / f"{job_id}.json"

    def create(self, job_id: str, job_type: str, **data: Any) -> StoredResult:
        rec = StoredResult(job_id=job_id, job_type=job_type, data=data, created_at=time.time())
        path = self._path(job_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(rec), default=str))
        tmp.replace(path)
        return rec

    def get(self, job_id: str) -> StoredResult | None:
        path = self._path(job_id)
        if not path.exists():
            return None
        return StoredResult(**json.loads(path.read_text()))
