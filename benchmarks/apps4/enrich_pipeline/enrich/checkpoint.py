"""Per-stage checkpoints: a parquet file per (batch, stage), mirrored to S3 when configured."""
from __future__ import annotations

import io
import json
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Optional

import boto3
import pandas as pd

from enrich.errors import CheckpointError

if TYPE_CHECKING:
    from enrich.config import Settings

log = logging.getLogger(__name__)


class CheckpointStore:
    def __init__(self, root: Path, run_id: str, bucket: Optional[str] = None) -> None:
        self.root = root / run_id
        self.run_id = run_id
        self.bucket = bucket
        self.root.mkdir(parents=True, exist_ok=True)
        self._s3 = boto3.client("s3") if bucket else None
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ckpt")
        self._pending: List[Future] = []

    @classmethod
    def from_settings(cls, settings: "Settings", run_id: str) -> "CheckpointStore":
        return cls(settings.checkpoint_dir, run_id, settings.checkpoint_bucket)

    def _path(self, batch_key: str, stage: str) -> Path:
        index = batch_key.rsplit("/", 1)[-1]
        return self.root / index / f"{stage}.parquet"

    def has(self, batch_key: str, stage: str) -> bool:
        return self._path(batch_key, stage).exists()

    def load(self, batch_key: str, stage: str) -> pd.DataFrame:
        path = self._path(batch_key, stage)
        try:
            return pd.read_parquet(path)
        except (OSError, ValueError) as exc:
            raise CheckpointError(f"cannot read checkpoint {path}: {exc}") from exc

    def save(self, batch_key: str, stage: str, frame: pd.DataFrame) -> Path:
        path = self._path(batch_key, stage)
        path.parent.mkdir(parents=True, exist_ok=True)
        frame.to_parquet(path, index=False)
        if self._s3 is not None:
            self._pending.append(self._pool.submit(self._upload, path))
        return path

    def _upload(self, path: Path) -> None:
        key = f"{self.run_id}/{path.relative_to(self.root).as_posix()}"
        buf = io.BytesIO(path.read_bytes())
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=buf.getvalue())
        log.debug("uploaded checkpoint s3://%s/%s", self.bucket, key)

    def last_completed(self, batch_key: str, stages: List[str]) -> Optional[str]:
        done = None
        for stage in stages:
            if not self.has(batch_key, stage):
                break
            done = stage
        return done

    def write_manifest(self, data: Dict) -> None:
        (self.root / "manifest.json").write_text(json.dumps(data, indent=2, default=str))

    def flush(self) -> None:
        for fut in self._pending:
            fut.result()
        self._pending.clear()
