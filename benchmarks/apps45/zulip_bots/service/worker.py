"""Background work for the listener: embeddings of new messages and async triage."""
from __future__ import annotations

import asyncio
import logging
import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Dict, List

from botlib.prompts import TRIAGE_SYSTEM, bedrock_messages
from service.state import ServiceState

log = logging.getLogger(__name__)

EMBED_MODEL = "text-embedding-3-small"


class EmbeddingWorker:
    """Embeds new messages from indexed streams so @docs can search chat history too."""

    def __init__(self, state: ServiceState, batch_size: int = 64) -> None:
        self.state = state
        self.batch_size = batch_size
        self.pending: "queue.Queue[Dict[str, Any]]" = queue.Queue()
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="embed")
        self.vectors: Dict[int, List[float]] = {}
        self._stop = threading.Event()

    def enqueue(self, message: Dict[str, Any]) -> None:
        self.pending.put(message)

    def _flush(self, batch: List[Dict[str, Any]]) -> Future:
        client = self.state.llm["openai"]
        fut = self.pool.submit(
            client.embeddings.create,
            model=EMBED_MODEL,
            input=[m["content"] for m in batch],
        )
        fut.add_done_callback(lambda f, b=batch: self._store(b, f))
        return fut

    def _store(self, batch: List[Dict[str, Any]], fut: Future) -> None:
        try:
            resp = fut.result()
        except Exception:
            log.exception("embedding batch failed (%d messages)", len(batch))
            return
        for msg, item in zip(batch, resp.data):
            self.vectors[msg["id"]] = item.embedding

    def run(self) -> None:
        batch: List[Dict[str, Any]] = []
        while not self._stop.is_set():
            try:
                batch.append(self.pending.get(timeout=2.0))
            except queue.Empty:
                pass
            if len(batch) >= self.batch_size or (batch and self.pending.empty()):
                self._flush(batch)
                batch = []

    def stop(self) -> None:
        self._stop.set()
        self.pool.shutdown(wait=False)


async def triage_many(state: ServiceState, reports: List[str]) -> List[str]:
    """Triage a backlog of reports concurrently (used after an outage of the bot itself)."""
    runtime = state.llm["bedrock"]

    async def one(report: str) -> str:
        resp = await asyncio.to_thread(
            runtime.converse,
            modelId=state.settings.bedrock_model,
            system=[{"text": TRIAGE_SYSTEM}],
            messages=bedrock_messages(report),
        )
        return resp["output"]["message"]["content"][0]["text"]

    return await asyncio.gather(*(one(r) for r in reports))
