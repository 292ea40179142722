import pytest
from unittest.mock import AsyncMock, MagicMock

from assistant.pipeline.triage import Triager, _parse
from assistant.rules.engine import Rule, RuleEngine
from tests.fakes import FakeAsyncAnthropic, FakeAsyncOpenAI


def test_parse_clamps_urgency():
    r = _parse('noise {"category": "SALES", "urgency": 9} trailing')
    assert r.category == "sales"
    assert r.urgency == 5


def test_parse_garbage_falls_back():
    assert _parse("no json here").category == "other"


@pytest.mark.asyncio
async def test_classify_uses_injected_client(parsed):
    fake = FakeAsyncAnthropic()
    triager = Triager(client=fake, moderation_client=FakeAsyncOpenAI(flagged=False), model="claude-test")
    result = await triager.classify(parsed)
    assert result.category == "support"
    assert result.urgency == 4
    assert fake.messages.calls[0]["model"] == "claude-test"


@pytest.mark.asyncio
async def test_flagged_by_moderation(parsed):
    triager = Triager(client=FakeAsyncAnthropic(), moderation_client=FakeAsyncOpenAI(flagged=True), model="m")
    assert (await triager.classify(parsed)).flagged


@pytest.mark.asyncio
async def test_with_magicmock(parsed):
    client = MagicMock()
    client.messages.create = AsyncMock(return_value=MagicMock(
        content=[MagicMock(type="text", text='{"category": "spam", "urgency": 1}')]
    ))
    result = await Triager(client=client, model="m").classify(parsed)
    client.messages.create.assert_awaited_once()
    assert result.category == "spam"


def test_rules_stop_on_first_match(parsed):
    engine = RuleEngine([
        Rule(name="a", sender="*@customer.io", actions=["draft"]),
        Rule(name="b", actions=["archive"]),
    ])
    matches = engine.evaluate(parsed)
    assert [m.rule.name for m in matches] == ["a"]


def test_category_rule_needs_triage(parsed):
    engine = RuleEngine([Rule(name="inv", category="invoice", actions=["extract_invoice"])])
    assert engine.pre_triage(parsed) == []
    assert engine.evaluate(parsed, "invoice")[0].actions == ["extract_invoice"]
