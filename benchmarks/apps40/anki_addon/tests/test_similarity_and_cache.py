from ai_flashcards.core.cache import ResponseCache, make_key
from ai_flashcards.core.costs import calculate_cost
from ai_flashcards.gen.similarity import SimilarityIndex

from .fakes import FakeCohere


def test_cache_roundtrip(tmp_path):
    cache = ResponseCache.create(ttl_days=1)
    key = make_key("explain", ("a", "b"), {})
    assert cache.get(key) is None
    cache.set(key, "value")
    assert cache.get(key) == "value"
    assert cache.clear() == 1


def test_nearest_with_fake_embeddings():
    index = SimilarityIndex(co=FakeCohere())
    index.add(["alpha", "beta", "gamma"])
    assert len(index.nearest("alpha", k=2)) == 2


def test_fake_cohere_chat():
    co = FakeCohere()
    assert co.chat(model="command-r", messages=[]).message.content[0].text == "summary"


def test_costs():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
