"""Custom sources. Production reads Kafka through bytewax's connector; these are for replay."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from bytewax.inputs import FixedPartitionedSource, StatefulSourcePartition

from enrichment.models import InboundRecord


class _JsonlPartition(StatefulSourcePartition[InboundRecord, int]):
    def __init__(self, path: Path, kind: str, resume_from: int | None, batch: int) -> None:
        self._fh = path.open("rb")
        self._kind = kind
        self._batch = batch
        self._offset = 0
        if resume_from:
            for _ in range(resume_from):
                self._fh.readline()
            self._offset = resume_from

    def next_batch(self) -> list[InboundRecord]:
        out = []
        for _ in range(self._batch):
            line = self._fh.readline()
            if not line:
                if not out:
                    raise StopIteration()
                break
            self._offset += 1
            out.append(InboundRecord.from_kafka(self._kind, line))  # same JSON shape as kafka
        return out

    def snapshot(self) -> int:
        return self._offset

    def close(self) -> None:
        self._fh.close()


class JsonlReplaySource(FixedPartitionedSource[InboundRecord, int]):
    """One partition per file; used to replay incident dumps through the flow."""

    def __init__(self, files: Iterable[Path], kind: str = "ticket", batch: int = 64) -> None:
        self.files = {p.name: p for p in files}
        self.kind = kind
        self.batch = batch

    def list_parts(self) -> list[str]:
        return sorted(self.files)

    def build_part(self, step_id: str, for_part: str, resume_state: int | None) -> _JsonlPartition:
        return _JsonlPartition(self.files[for_part], self.kind, resume_state, self.batch)


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def decode_kafka(kind: str):
    def _decode(msg) -> InboundRecord | None:
        try:
            return InboundRecord.from_kafka(kind, msg.value)
        except (KeyError, json.JSONDecodeError):
            return None

    return _decode


class ListSource(FixedPartitionedSource[InboundRecord, int]):
    """In-memory source for local runs and tests: ``python -m bytewax.testing``."""

    def __init__(self, records: list[InboundRecord], parts: int = 1) -> None:
        self.records = records
        self.parts = parts

    def list_parts(self) -> list[str]:
        return [str(i) for i in range(self.parts)]

    def build_part(self, step_id: str, for_part: str, resume_state: int | None) -> "_ListPartition":
        idx = int(for_part)
        mine = [r for n, r in enumerate(self.records) if n % self.parts == idx]
        return _ListPartition(mine, resume_state or 0)


class _ListPartition(StatefulSourcePartition[InboundRecord, int]):
    def __init__(self, records: list[InboundRecord], start: int) -> None:
        self.records = records
        self.pos = start

    def next_batch(self) -> list[InboundRecord]:
        if self.pos >= len(self.records):
            raise StopIteration()
        batch = self.records[self.pos:self.pos + 16]
        self.pos += len(batch)
        return batch

    def snapshot(self) -> int:
        return self.pos
