"""Queue interesting flows and let a background thread batch them to OpenAI."""
from __future__ import annotations

import json
import logging
import pathlib
import typing

from mitmproxy import ctx, http

from addons._flusher import FlowFlusher, Snapshot
from shared.clients import make_openai_client
from shared.flowtext import flow_to_text

logger = logging.getLogger(__name__)


class FlushQueue:
    def __init__(self) -> None:
        self.worker: FlowFlusher | None = None

    def load(self, loader):
        loader.add_option("flush_enabled", bool, False, "Batch flows to an LLM in the background.")
        loader.add_option("flush_model", str, "gpt-4o-mini", "Model used by the flusher.")
        loader.add_option("flush_interval", float, 10.0, "Seconds between batches.")
        loader.add_option("flush_jsonl", typing.Optional[str], None, "Append flusher output to this file.")

    def _sink(self, record: dict) -> None:
        path = ctx.options.flush_jsonl
        if path:
            with pathlib.Path(path).open("a") as fh:
                fh.write(json.dumps(record) + "\n")
        else:
            logger.info("flush: %s", record)

    def running(self):
        if not ctx.options.flush_enabled:
            return
        self.worker = FlowFlusher(
            make_openai_client(),
            model=ctx.options.flush_model,
            interval=ctx.options.flush_interval,
            sink=self._sink,
        )
        self.worker.start()

    def response(self, flow: http.HTTPFlow) -> None:
        if self.worker is None or flow.response is None:
            return
        if flow.response.status_code >= 400 or flow.request.method not in ("GET", "HEAD"):
            self.worker.submit(Snapshot(flow.id, flow.request.pretty_url, flow_to_text(flow)))

    def done(self):
        if self.worker is not None:
            self.worker.stop()
            self.worker.join(timeout=30)


addons = [FlushQueue()]
