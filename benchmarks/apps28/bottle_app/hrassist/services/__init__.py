"""Service layer.

Half of these were extracted from the old route modules; the remaining
ones (letters, classification) still live in routes/ - see HRA-412.
"""

from __future__ import annotations

import asyncio
import threading

from hrassist.services.embeddings import CohereEmbedder, MistralEmbedder, OpenAIEmbedder, make_embedder
from hrassist.services.llm_usage_tracker import llm_tracker
from hrassist.services.multi_model_service import TaskComplexity, multi_model_service
from hrassist.services.policy_qa import PolicyQA
from hrassist.services.summarizer import AgreementSummarizer

__all__ = [
    "AgreementSummarizer",
    "CohereEmbedder",
    "MistralEmbedder",
    "OpenAIEmbedder",
    "PolicyQA",
    "TaskComplexity",
    "llm_tracker",
    "make_embedder",
    "multi_model_service",
    "run_sync",
]

_loop_local = threading.local()


def run_sync(coro):
    """Run a coroutine from a (sync) Bottle handler or worker thread.

    Each thread keeps its own loop so the async clients inside
    multi_model_service keep their connection pools.
    """
    loop = getattr(_loop_local, "loop", None)
    if loop is None or loop.is_closed():
        loop = asyncio.new_event_loop()
        _loop_local.loop = loop
    return loop.run_until_complete(coro)
