"""Worker registry: name -> "module:Class" (imported lazily so a worker only
pulls the SDKs it needs)."""
from __future__ import annotations

import importlib

WORKERS = {
    "summarize": "zmq_workers.workers.summarize:Worker",
    "translate": "zmq_workers.workers.translate:Worker",
    "embed": "zmq_workers.workers.embed:Worker",
    "moderate": "zmq_workers.workers.moderate:Worker",
    "interactive": "zmq_workers.workers.async_worker:AsyncWorker",
}


def load_worker(name: str):
    target = WORKERS[name]
    mod_name, cls_name = target.split(":")
    return getattr(importlib.import_module(mod_name), cls_name)
