"""Entry point: ``python server.py`` (or ``lightning deploy server.py``)."""
from __future__ import annotations

import argparse
import logging
import time

import litserve as ls

from apis import (
    RAGAPI,
    ChatStreamAPI,
    CohereEmbedAPI,
    CohereStreamRAGAPI,
    EmbeddingAPI,
    GradeAPI,
    GradeExplainAPI,
    ModelsAPI,
    ModerationAPI,
    QuickAnswerAPI,
    RerankAPI,
    StreamingRAGAPI,
    TokenEstimateAPI,
)
from apis.llm.factories import warm_clients
from config import get_settings
from services.llm_usage_tracker import JsonlUsageSink, llm_tracker

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


class UsageFlushCallback(ls.Callback):
    """Flush tracked LLM usage to disk after each request and time predict()."""

    def __init__(self) -> None:
        self.sink = JsonlUsageSink()
        self._seen = 0
        self._t0 = 0.0

    def on_before_predict(self, lit_api):
        self._t0 = time.perf_counter()

    def on_after_predict(self, lit_api):
        elapsed = (time.perf_counter() - self._t0) * 1000
        logging.getLogger("timing").debug("%s predict took %.1fms", type(lit_api).__name__, elapsed)
        logs = llm_tracker.recent(10_000)
        fresh = logs[self._seen :] if self._seen <= len(logs) else logs
        if fresh:
            self.sink.write(fresh)
            self._seen += len(fresh)


def build_server(all_apis: bool = True) -> ls.LitServer:
    s = get_settings()
    if not all_apis:
        return ls.LitServer(RAGAPI(), accelerator="auto", max_batch_size=s.max_batch_size)
    callbacks = [UsageFlushCallback()]
    apis = [
        RAGAPI(api_path="/rag", max_batch_size=s.max_batch_size, batch_timeout=s.batch_timeout),
        StreamingRAGAPI(),
        CohereStreamRAGAPI(),
        ChatStreamAPI(),
        EmbeddingAPI(),
        CohereEmbedAPI(),
        RerankAPI(),
        GradeAPI(),
        GradeExplainAPI(),
        ModerationAPI(),
        QuickAnswerAPI(),
        TokenEstimateAPI(),
        ModelsAPI(),
    ]
    return ls.LitServer(apis, accelerator="auto", workers_per_device=s.workers_per_device, callbacks=callbacks)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rag-only", action="store_true")
    parser.add_argument("--warm", action="store_true")
    args = parser.parse_args()
    if args.warm:
        warm_clients()
    server = build_server(all_apis=not args.rag_only)
    server.run(port=get_settings().port, generate_client_file=False)
