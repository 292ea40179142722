"""Micro-batching enricher (poor man's AsyncFunction).

Buffers up to N elements per subtask and flushes on size or on a processing-time timer,
then fans the batch out concurrently with AsyncBatcher.
"""
from __future__ import annotations

import json
import logging

from pyflink.common import Types
from pyflink.datastream import RuntimeContext
from pyflink.datastream.functions import KeyedProcessFunction
from pyflink.datastream.state import ListStateDescriptor

from config.settings import MODELS
from enrichment.batching import AsyncBatcher

logger = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 2000


class BatchedClickEnricher(KeyedProcessFunction):
    def __init__(self, batch_size: int | None = None, tracked: bool = True):
        self.batch_size = batch_size or MODELS.batch_size
        self.tracked = tracked

    def open(self, runtime_context: RuntimeContext):
        self.buffer = runtime_context.get_list_state(ListStateDescriptor("buf", Types.STRING()))
        self.batcher = AsyncBatcher(concurrency=8)

    def close(self):
        self.batcher.close()

    def process_element(self, value, ctx):
        self.buffer.add(value)
        pending = list(self.buffer.get())
        if len(pending) >= self.batch_size:
            yield from self._flush(pending)
        else:
            now = ctx.timer_service().current_processing_time()
            ctx.timer_service().register_processing_time_timer(now + FLUSH_INTERVAL_MS)

    def on_timer(self, timestamp, ctx):
        pending = list(self.buffer.get())
        if pending:
            yield from self._flush(pending)

    def _flush(self, pending):
        self.buffer.clear()
        events = [json.loads(v) for v in pending]
        fn = self.batcher.classify_click_tracked if self.tracked else self.batcher.classify_click
        labels = self.batcher.run_batch(events, fn)
        for event, label in zip(events, labels):
            event["intent"] = label or "unknown"
            yield json.dumps(event)


class BatchedPageEmbedder(KeyedProcessFunction):
    """Embeds page titles in batches; vectors go to the recommendations team."""

    def open(self, runtime_context: RuntimeContext):
        self.buffer = runtime_context.get_list_state(ListStateDescriptor("titles", Types.STRING()))
        self.batcher = AsyncBatcher(concurrency=2)

    def process_element(self, value, ctx):
        self.buffer.add(value)
        titles = list(self.buffer.get())
        if len(titles) < 64:
            return
        self.buffer.clear()
        records = [json.loads(t) for t in titles]
        resp = self.batcher._loop.run_until_complete(
            self.batcher.openai.embeddings.create(
                model=MODELS.openai_embed_model, input=[r["title"] for r in records]
            )
        )
        for rec, item in zip(records, resp.data):
            yield json.dumps({"page_id": rec["page_id"], "vector": item.embedding})
