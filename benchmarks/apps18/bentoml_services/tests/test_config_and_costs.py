from __future__ import annotations

import pytest

from mlserve.cache import CacheKey, ResponseCache
from mlserve.config import _deep_merge, load_settings
from mlserve.costs import estimate_cost_usd
from mlserve.services.llm_usage_tracker import LLMUsageTracker
from mlserve.utils import split_paragraphs


def test_env_override(monkeypatch):
    monkeypatch.setenv("MLSERVE_SUMMARIZER__MODEL", "gpt-4o")
    assert load_settings("dev").summarizer.model == "gpt-4o"


def test_deep_merge():
    assert _deep_merge({"a": {"b": 1, "c": 2}}, {"a": {"c": 3}}) == {"a": {"b": 1, "c": 3}}


def test_cost_known_and_unknown_model():
    assert estimate_cost_usd("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert estimate_cost_usd("mystery-model", 10, 10) == 0.0


def test_cache_key_is_stable():
    a = CacheKey.create("embed", text="x", model="voyage-3")
    b = CacheKey.create("embed", model="voyage-3", text="x")
    assert str(a) == str(b)
    cache = ResponseCache()
    cache.put_json(a, [1, 2])
    assert cache.get_json(b) == [1, 2]


def test_split_paragraphs_packs():
    chunks = split_paragraphs("a\n\nb\n\nc", max_chars=2)
    assert chunks == ["a\n\nb", "c"] or len(chunks) >= 2


@pytest.mark.asyncio
async def test_tracker_records_usage():
    tracker = LLMUsageTracker()
    async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="t") as log:
        log.input_tokens = 10
        log.output_tokens = 5
    (entry,) = tracker.drain()
    assert entry.success and entry.input_tokens == 10
