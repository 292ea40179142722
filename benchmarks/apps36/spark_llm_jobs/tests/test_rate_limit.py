import pytest

from jobs.common.rate_limit import TokenBucket, with_backoff


class RateLimitError(Exception):
    status_code = 429


def test_bucket_create_divides_by_workers():
    b = TokenBucket.create(requests_per_minute=600, workers=10)
    assert b.rate == pytest.approx(1.0)


def test_backoff_retries_then_succeeds(monkeypatch):
    monkeypatch.setattr("time.sleep", lambda s: None)
    calls = {"n": 0}

    def flaky():
        calls["n"] += 1
        if calls["n"] < 3:
            raise RateLimitError("slow down")
        return "ok"

    assert with_backoff(flaky)() == "ok"
    assert calls["n"] == 3


def test_backoff_does_not_retry_value_error():
    def bad():
        raise ValueError("boom")

    with pytest.raises(ValueError):
        with_backoff(bad)()
