import time

from core.cache import CompletionCache
from core.costs import SessionSpend, completion_cost
from core.prompts import build_fim_context, strip_fences


def test_cache_roundtrip(tmp_path):
    cache = CompletionCache.create(str(tmp_path))
    key = CompletionCache.make_key("codestral", "codestral-latest", "a", "b")
    cache.set(key, "value")
    cache.flush()
    assert CompletionCache.create(str(tmp_path)).get(key) == "value"


def test_cache_ttl(monkeypatch):
    cache = CompletionCache(ttl=1.0)
    cache.set("k", "v")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 5)
    assert cache.get("k") is None


def test_strip_fences():
    assert strip_fences("```python\nx = 1\n```") == "x = 1"
    assert strip_fences("x = 1") == "x = 1"


def test_fim_context_truncates():
    ctx = build_fim_context("a" * 10000 + "b" * 5000, 10000, "python")
    assert len(ctx.prefix) == 6000 and len(ctx.suffix) == 2000


def test_costs():
    spend = SessionSpend()
    spend.add("gpt-4o-mini", 1_000_000, 0)
    assert abs(spend.usd - 0.15) < 1e-9
    assert completion_cost("unknown", 10, 10) == 0.0
