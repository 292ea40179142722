"""Background worker that drains a queue of flow snapshots to an LLM.

Kept separate from the addon so it can be unit-tested without mitmproxy.
"""
from __future__ import annotations

import dataclasses
import logging
import queue
import threading
import time
from typing import Any, Callable

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class Snapshot:
    flow_id: str
    url: str
    text: str
    ts: float = dataclasses.field(default_factory=time.time)


def _with_retry(fn: Callable[..., Any], attempts: int = 3, **kwargs) -> Any:
    delay = 1.0
    for i in range(attempts):
        try:
            return fn(**kwargs)
        except Exception as exc:  # SDK errors differ by backend
            if i == attempts - 1:
                raise
            logger.warning("flush attempt %d failed: %s", i + 1, exc)
            time.sleep(delay)
            delay *= 2


class FlowFlusher(threading.Thread):
    def __init__(self, client, *, model: str, embed_model: str = "text-embedding-3-small",
                 batch_size: int = 20, interval: float = 10.0, sink: Callable[[dict], None] | None = None):
        super().__init__(name="llm-flusher", daemon=True)
        self.client = client
        self.model = model
        self.embed_model = embed_model
        self.batch_size = batch_size
        self.interval = interval
        self.sink = sink or (lambda record: logger.info("flush: %s", record))
        self.q: "queue.Queue[Snapshot | None]" = queue.Queue(maxsize=10_000)
        self._seen_vectors: list[list[float]] = []

    def submit(self, snap: Snapshot) -> None:
        try:
            self.q.put_nowait(snap)
        except queue.Full:
            logger.warning("flush queue full, dropping %s", snap.url)

    def stop(self) -> None:
        self.q.put(None)

    def _drain(self) -> tuple[list[Snapshot], bool]:
        batch: list[Snapshot] = []
        deadline = time.monotonic() + self.interval
        while len(batch) < self.batch_size:
            timeout = max(0.0, deadline - time.monotonic())
            try:
                item = self.q.get(timeout=timeout)
            except queue.Empty:
                break
            if item is None:
                return batch, True
            batch.append(item)
        return batch, False

    def _dedupe(self, batch: list[Snapshot]) -> list[Snapshot]:
        emb = self.client.embeddings.create(model=self.embed_model, input=[s.text[:2000] for s in batch])
        keep = []
        for snap, item in zip(batch, emb.data):
            vec = item.embedding
            if any(_cos(vec, v) > 0.97 for v in self._seen_vectors):
                continue
            self._seen_vectors.append(vec)
            keep.append(snap)
        self._seen_vectors = self._seen_vectors[-500:]
        return keep

    def _summarise(self, batch: list[Snapshot]) -> str:
        listing = "\n\n".join(f"[{s.flow_id}] {s.url}\n{s.text[:1500]}" for s in batch)
        resp = _with_retry(
            self.client.chat.completions.create,
            model=self.model,
            messages=[
                {"role": "system", "content": "Group these HTTP exchanges by purpose and note anomalies."},
                {"role": "user", "content": listing},
            ],
            max_tokens=800,
        )
        return resp.choices[0].message.content or ""

    def _quick_label(self, snap: Snapshot) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": f"One-word label for: {snap.url}"}],
            max_tokens=5,
        )
        return (resp.choices[0].message.content or "").strip()

    def run(self) -> None:
        stopping = False
        while not stopping:
            batch, stopping = self._drain()
            if not batch:
                continue
            try:
                batch = self._dedupe(batch)
                if len(batch) == 1:
                    self.sink({"flows": [batch[0].flow_id], "label": self._quick_label(batch[0])})
                elif batch:
                    self.sink({"flows": [s.flow_id for s in batch], "summary": self._summarise(batch)})
            except Exception:
                logger.exception("flusher batch failed")


def _cos(a: list[float], b: list[float]) -> float:
    num = sum(x * y for x, y in zip(a, b))
    da = sum(x * x for x in a) ** 0.5
    db = sum(y * y for y in b) ** 0.5
    return num / (da * db) if da and db else 0.0
