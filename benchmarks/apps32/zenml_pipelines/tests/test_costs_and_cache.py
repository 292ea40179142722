from __future__ import annotations

from utils.cache import ResponseCache
from utils.costs import CostLine, calculate_cost, summarize_costs


def test_calculate_cost_known_model():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_unknown_model_is_free():
    assert calculate_cost("my-local-model", 10, 10) == 0.0


def test_summarize():
    totals = summarize_costs([CostLine("gpt-4o-mini", 1_000_000, 1_000_000)])
    assert round(totals["__total__"], 2) == 0.75


def test_cache_roundtrip(tmp_path):
    cache = ResponseCache(str(tmp_path / "c.sqlite"))
    calls = []
    value = cache.completion("m", "p", lambda: calls.append(1) or {"text": "x"})
    again = cache.completion("m", "p", lambda: calls.append(1) or {"text": "y"})
    assert value == again == {"text": "x"}
    assert len(calls) == 1
