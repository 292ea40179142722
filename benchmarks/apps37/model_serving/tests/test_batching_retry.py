import asyncio

import pytest

from serving_common.batching import MicroBatcher, chunked
from serving_common.retry import RetryPolicy, with_retries


class RateLimitError(Exception):
    pass


def test_with_retries_eventually_succeeds(monkeypatch):
    monkeypatch.setattr("time.sleep", lambda s: None)
    attempts = {"n": 0}

    def flaky():
        attempts["n"] += 1
        if attempts["n"] < 3:
            raise RateLimitError("slow down")
        return "done"

    assert with_retries(flaky, policy=RetryPolicy(attempts=3)) == "done"
    assert attempts["n"] == 3


def test_non_retryable_raises():
    def boom():
        raise ValueError("bad")

    with pytest.raises(ValueError):
        with_retries(boom)


def test_microbatcher_coalesces():
    seen = []

    async def flush(items):
        seen.append(list(items))
        return [i.upper() for i in items]

    async def go():
        b = MicroBatcher(flush, max_batch_size=3, window_ms=5)
        return await asyncio.gather(*(b.submit(x) for x in "abc"))

    assert asyncio.run(go()) == ["A", "B", "C"]
    assert seen == [["a", "b", "c"]]


def test_chunked():
    assert chunked([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
