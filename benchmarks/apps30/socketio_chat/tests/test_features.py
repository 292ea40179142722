from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import AsyncMock, patch

import pytest

from app.features.moderation import Moderator, redact_pii
from app.features.summarizer import ConversationSummarizer
from app.features.triage import Triage, TriageResult
from app.legacy.bot import Bot
from app.providers.openai_provider import OpenAIProvider
from app.services.llm_usage_tracker import LLMUsageTracker
from app.utils.tokens import estimate_cost, trim_history
from tests.conftest import FakeOpenAILike, chat_response


@pytest.mark.asyncio
async def test_triage_parses_json(fake_groq):
    triage = Triage(fake_groq, "llama-test")
    result = await triage.classify("Ich wurde doppelt belastet")
    assert result == TriageResult("billing", "high", "de")
    call = fake_groq.chat.completions.calls[0]
    assert call["response_format"] == {"type": "json_object"}
    assert call["temperature"] == 0


@pytest.mark.asyncio
async def test_triage_unknown_category_falls_back():
    client = FakeOpenAILike(['{"category": "weather", "priority": "meh"}'])
    result = await Triage(client, "m").classify("hello")
    assert result.category == "other"
    assert result.priority == "normal"


def test_triage_result_garbage():
    assert TriageResult.parse("not json") == TriageResult()


@pytest.mark.asyncio
async def test_summarizer_stores_summary(fake_anthropic, fake_store):
    summarizer = ConversationSummarizer(fake_anthropic, fake_store, model="claude-test")
    out = await summarizer.summarize("c1")
    assert "double charge" in out
    assert fake_store.summaries["c1"] == out
    fake_anthropic.messages.create.assert_awaited_once()


@pytest.mark.asyncio
async def test_summarizer_tracked_records_usage(fake_anthropic, fake_store):
    tracker = LLMUsageTracker()
    with patch("app.features.summarizer.llm_tracker", tracker):
        await ConversationSummarizer(fake_anthropic, fake_store).summarize_tracked("c2")
    (log,) = tracker.drain()
    assert (log.input_tokens, log.output_tokens) == (120, 14)


@pytest.mark.asyncio
async def test_moderation_disabled_skips_api():
    with patch("app.features.moderation.get_openai") as getter:
        verdict = await Moderator(enabled=False).check("card 4111 1111 1111 1111")
    getter.assert_not_called()
    assert verdict.allowed
    assert "[card removed]" in verdict.redacted


@pytest.mark.asyncio
async def test_moderation_flagged():
    fake = FakeOpenAILike()
    fake.moderations.create.return_value = SimpleNamespace(results=[SimpleNamespace(
        flagged=True,
        categories=SimpleNamespace(model_dump=lambda: {"harassment": True, "violence": False}),
    )])
    with patch("app.features.moderation.get_openai", return_value=fake):
        verdict = await Moderator().check("you are useless")
    assert not verdict.allowed
    assert verdict.categories == ["harassment"]


def test_redact_pii_keeps_order_numbers():
    assert redact_pii("order 12345") == "order 12345"


@pytest.mark.asyncio
async def test_openai_provider_complete():
    fake = FakeOpenAILike(["hello there"])
    provider = OpenAIProvider(fake, model="gpt-test")
    result = await provider.complete([{"role": "user", "content": "hi"}])
    assert result.text == "hello there"
    assert result.input_tokens == 10


@pytest.mark.asyncio
async def test_mocked_direct_client_call():
    client = AsyncMock()
    client.chat.completions.create.return_value = chat_response("ok")
    resp = await client.chat.completions.create(model="x", messages=[])
    assert resp.choices[0].message.content == "ok"


def test_legacy_bot_rules_do_not_hit_llm():
    bot = Bot(faq="")
    assert bot.chat("hello!").source == "rule"
    assert bot.generate("Hi {name}", name="Ana") == "Hi Ana"


def test_estimate_cost_known_model():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)


def test_trim_history_budget():
    msgs = [{"role": "user", "content": "word " * 50} for _ in range(10)]
    kept = trim_history(msgs, budget=120)
    assert 0 < len(kept) < 10
    assert kept[-1] is msgs[-1]
