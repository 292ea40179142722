from __future__ import annotations

from bot.llm.tokens import estimate_cost, rough_tokens
from bot.plugins.fun import NameGenerator, Poll
from bot.utils.cache import TTLCache
from bot.utils.discord_fmt import chunk_text, strip_mentions


def test_chunk_text_respects_limit():
    text = "\n".join("x" * 300 for _ in range(20))
    parts = chunk_text(text, size=1000)
    assert all(len(p) <= 1000 for p in parts)
    assert "".join(parts) == text


def test_cache_create_only_calls_factory_once():
    cache = TTLCache(ttl=60)
    calls = []
    cache.create("k", lambda: calls.append(1) or "v")
    cache.create("k", lambda: calls.append(1) or "v")
    assert calls == [1]


def test_poll_and_names():
    p = Poll.create("Pizza?", "yes | no | maybe")
    assert p.options == ["yes", "no", "maybe"]
    assert NameGenerator(seed=1).generate().count("-") == 2


def test_cost_and_tokens():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert rough_tokens("abcd" * 10) == 10
    assert strip_mentions("<@123> hello") == "hello"
