from __future__ import annotations

import pytest

from ptk_repl.providers.base import Message
from ptk_repl.services.llm_usage_tracker import LLMUsageTracker
from ptk_repl.services.pricing import estimate_cost


def test_roundtrip(store):
    conv = store.create("anthropic", "claude-haiku-4-5")
    m1 = conv.add("user", "hello")
    store.append(conv, m1)
    m2 = conv.add("assistant", "hi there")
    store.append(conv, m2)
    store.set_title(conv, "greeting")

    loaded = store.load(conv.id[:6])
    assert loaded.title == "greeting"
    assert [m.content for m in loaded.messages] == ["hello", "hi there"]


def test_replace_messages(store):
    conv = store.create("openai", "gpt-4.1-mini")
    for i in range(4):
        store.append(conv, conv.add("user", f"m{i}"))
    store.replace_messages(conv, [Message("user", "summary")])
    assert [m.content for m in store.load(conv.id).messages] == ["summary"]


def test_recent_orders_by_update(store):
    a = store.create("openai", "x")
    b = store.create("openai", "x")
    store.append(a, a.add("user", "later"))
    ids = [row[0] for row in store.recent()]
    assert ids[0] == a.id and b.id in ids


@pytest.mark.asyncio
async def test_tracker_records_tokens(tmp_path):
    tracker = LLMUsageTracker(tmp_path / "u.jsonl")
    async with tracker.track_llm_call(provider="openai", model="gpt-4.1-mini", feature_context="test") as usage_log:
        usage_log.input_tokens = 1000
        usage_log.output_tokens = 500
    rows = tracker.read_all()
    assert rows[0]["input_tokens"] == 1000
    assert rows[0]["cost_usd"] == pytest.approx(estimate_cost("gpt-4.1-mini", 1000, 500))


def test_unknown_model_costs_nothing():
    assert estimate_cost("mystery-model", 10, 10) == 0.0
