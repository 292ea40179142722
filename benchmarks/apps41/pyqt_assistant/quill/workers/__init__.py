from quill.workers.runnables import (
    ContinueWorker,
    OutlineWorker,
    RewriteWorker,
    SummarizeWorker,
    TrackedWorker,
    WorkerSignals,
)
from quill.workers.stream_thread import StreamThread

__all__ = [
    "ContinueWorker",
    "OutlineWorker",
    "RewriteWorker",
    "StreamThread",
    "SummarizeWorker",
    "TrackedWorker",
    "WorkerSignals",
]
