from quillpad.workers.base import FunctionRunnable, WorkerSignals, pool, submit
from quillpad.workers.batch_worker import ProofreadBatch, TrackedSummaryBatch
from quillpad.workers.rewrite_worker import continue_writing, make_rewrite_job
from quillpad.workers.stream_worker import AnthropicStreamThread, StreamThread

__all__ = [
    "FunctionRunnable",
    "WorkerSignals",
    "pool",
    "submit",
    "ProofreadBatch",
    "TrackedSummaryBatch",
    "continue_writing",
    "make_rewrite_job",
    "AnthropicStreamThread",
    "StreamThread",
]
