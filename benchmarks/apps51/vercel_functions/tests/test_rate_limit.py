from lib.rate_limit import RateLimiter
from tests.fakes import FakeKV


def test_allows_until_limit():
    limiter = RateLimiter(store=FakeKV(), limit=2, window=60)
    assert limiter.check("1.2.3.4").allowed
    assert limiter.check("1.2.3.4").allowed
    result = limiter.check("1.2.3.4")
    assert not result.allowed
    assert result.headers()["X-RateLimit-Remaining"] == "0"


def test_cost_counts_multiple():
    limiter = RateLimiter(store=FakeKV(), limit=3, window=60)
    assert not limiter.check("ip", cost=4).allowed
