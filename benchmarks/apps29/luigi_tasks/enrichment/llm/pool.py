"""A tiny pool of clients for tasks that fan out over threads.

boto3 clients are thread-safe but the bedrock-runtime connection pool is
small by default, so the keyword/bios tasks lease a client each.
"""
import contextlib
import queue
import threading

from enrichment.config import llm_providers
from enrichment.llm.factory import build_client


class ClientPool:
    def __init__(self, size=None):
        self._size = size or llm_providers().pool_size
        self._queues = {}
        self._lock = threading.Lock()

    def _queue_for(self, provider):
        with self._lock:
            q = self._queues.get(provider)
            if q is None:
                q = queue.Queue(maxsize=self._size)
                for _ in range(self._size):
                    q.put(build_client(provider))
                self._queues[provider] = q
            return q

    @contextlib.contextmanager
    def lease(self, provider, timeout=30):
        q = self._queue_for(provider)
        client = q.get(timeout=timeout)
        try:
            yield client
        finally:
            q.put(client)

    def size(self, provider):
        return self._queue_for(provider).qsize()


default_pool = ClientPool()
